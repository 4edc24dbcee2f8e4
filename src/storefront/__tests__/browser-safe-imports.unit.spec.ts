import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import ts from "typescript"

const SRC = path.resolve(__dirname, "../..")

function resolveRelative(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier)
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate)) return candidate
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`)
}

/** Every file and package an entry reaches through its imports (type-only imports included). */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const pending = [path.join(SRC, entry)]
  while (pending.length) {
    const file = pending.pop() as string
    if (files.has(file)) continue
    files.add(file)
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true)
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith(".")) pending.push(resolveRelative(file, fileName))
      else packages.add(fileName)
    }
  }
  return {
    files: [...files].map((file) => path.relative(SRC, file)).sort(),
    packages: [...packages].sort(),
  }
}

describe("storefront entries stay browser-safe", () => {
  it.each([
    ["storefront.ts", []],
    ["storefront/react.tsx", ["react", "uqr"]],
    ["storefront/qr-code.ts", ["uqr"]],
  ])("%s reaches only storefront and shared files, and only %p", (entry, allowedPackages) => {
    const { files, packages } = importGraph(entry)

    expect(packages).toEqual(allowedPackages)
    for (const file of files) {
      expect([file, /^(storefront\.ts|storefront\/(?!__tests__)|shared\/)/.test(file)]).toEqual([file, true])
    }
  })

  it("keeps the QR encoder and React out of the framework-free helpers", () => {
    const { files } = importGraph("storefront.ts")

    expect(files).toContain("shared/gift-shipping-rules.ts")
    expect(files.filter((file) => file.includes("qr-code") || file.includes("components/"))).toEqual([])
  })

  it("shares its rules with the server provider through the import-free shared module", () => {
    const provider = importGraph("lib/gifting/gift-shipping-data.ts")
    const shared = importGraph("shared/gift-shipping-rules.ts")

    expect(provider.files).toContain("shared/gift-shipping-rules.ts")
    expect(shared).toEqual({ files: ["shared/gift-shipping-rules.ts"], packages: [] })
  })

  it("decides gift or voucher with the one shared provider rule, on the server and in the browser", () => {
    const server = importGraph("lib/gifting/order-kind.ts")
    const browser = importGraph("storefront.ts")

    expect(server.files).toContain("shared/shipping-provider-kind.ts")
    expect(browser.files).toContain("shared/shipping-provider-kind.ts")
    expect(importGraph("shared/shipping-provider-kind.ts").packages).toEqual([])
  })

  it("shares the notification text helpers with the server through an import-free shared module", () => {
    const notifications = importGraph("lib/gifting/recipient-notifications.ts")

    expect(notifications.files).toContain("shared/text-lines.ts")
    expect(notifications.files.filter((file) => file.startsWith("storefront/"))).toEqual([])
    expect(importGraph("shared/text-lines.ts")).toEqual({ files: ["shared/text-lines.ts"], packages: [] })
  })
})
