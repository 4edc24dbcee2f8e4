import { readFileSync } from "node:fs"
import path from "node:path"

type PackageJson = {
  peerDependencies: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
}

const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as PackageJson

describe("installing the plugin in a storefront", () => {
  // npm 7+ installs every non-optional peer: a required @medusajs/medusa peer
  // pulls the whole Medusa server into a Next.js storefront (or fails with
  // ERESOLVE next to React 19).
  it("asks npm for no Medusa server package: every peer is optional", () => {
    const required = Object.keys(pkg.peerDependencies).filter(
      (name) => pkg.peerDependenciesMeta?.[name]?.optional !== true
    )
    expect(required).toEqual([])
  })
})
