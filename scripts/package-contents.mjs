// What the packed tarball must and must not carry, checked by the install test
// (`node scripts/install-test.mjs`, or `--pack-only` for this part alone).
//
// Medusa's plugin build leaves out every path with a segment named `test`,
// `unit-tests` or `integration-tests` (`isFileIgnored` in
// @medusajs/framework's build-tools), and the dev store never notices because
// it loads `src/` as TypeScript. So every source file a store runs (routes,
// middlewares, subscribers, jobs, links, workflows, the module, the providers
// and what they import, the storefront helpers) must have a compiled twin in
// the tarball. The partner sandboxes are their own package (packages/sandbox):
// the plugin's tarball carries none of them, and the sandbox's tarball carries
// its compiled code and bin, no sources and no tests.
import { readdirSync } from "node:fs"
import path from "node:path"

/**
 * The packed tarball may not grow past this (gzip size, as `npm pack` reports
 * it). About 35 kB of it are the type declarations of `./types` and the
 * storefront entries; the compiled files carry inline source maps.
 */
export const TARBALL_BUDGET_BYTES = 560 * 1024

/** Source folders that are not compiled into the backend build on purpose. */
const NOT_SHIPPED = [
  "src/admin/", // bundled into .medusa/server/src/admin/index.{js,mjs} instead
  "src/scripts/", // the dev store's seed (`npm run seed`), not a merchant feature
]

const isTestPath = (file) => /(^|\/)__tests__\//.test(file) || /\.(spec|test)\.[cm]?[jt]sx?$/.test(file)

function walk(dir, base) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    const relative = path.posix.join(base, entry.name)
    if (entry.isDirectory()) out.push(...walk(full, relative))
    else out.push(relative)
  }
  return out
}

/** Every source file under `src/` a store runs, as a path relative to the repository. */
export function shippedSources(root) {
  return walk(path.join(root, "src"), "src").filter(
    (file) =>
      /\.tsx?$/.test(file) &&
      !file.endsWith(".d.ts") &&
      !isTestPath(file) &&
      !NOT_SHIPPED.some((prefix) => file.startsWith(prefix))
  )
}

/** The compiled twin of a source file inside the package. */
export const compiledTwin = (source) => `.medusa/server/${source.replace(/\.tsx?$/, ".js")}`

/** What a source file is, for the failure message. */
function kind(source) {
  if (/^src\/api\/.*\/route\.ts$/.test(source)) return "route"
  const [, folder] = source.split("/")
  return (
    {
      api: "api",
      subscribers: "subscriber",
      jobs: "job",
      links: "link",
      workflows: "workflow",
      modules: "module",
      providers: "provider",
    }[folder] ?? folder
  )
}

/** Source files with no compiled twin among the packed files, e.g. `route src/api/…/route.ts`. */
export function missingTwins(root, packedFiles) {
  const packed = new Set(packedFiles)
  return shippedSources(root)
    .filter((source) => !packed.has(compiledTwin(source)))
    .map((source) => `${kind(source)} ${source}`)
}

/** Packed files no store runs: compiled tests, source maps, the dev seed, dev config, repo tooling. */
export function unwantedFiles(packedFiles) {
  return packedFiles.filter(
    (file) =>
      isTestPath(file) ||
      file.endsWith(".map") ||
      file.startsWith(".medusa/server/src/scripts/") ||
      file.startsWith(".medusa/server/scripts/") ||
      file.startsWith(".medusa/server/medusa-config") ||
      /(^|\/)(integration-tests|unit-tests|test)\//.test(file) ||
      file.startsWith("src/") ||
      file.includes(".data/") ||
      /(^|\/)sandbox(\/|$)|gifting-sandbox/.test(file)
  )
}

/** What the sandbox package's tarball must carry: the bin, the compiled CLI and entries with their types. */
export const SANDBOX_ENTRIES = [
  "bin/gifting-sandbox.js",
  "dist/cli.js",
  "dist/index.js",
  "dist/index.d.ts",
  "dist/giftyzet/index.js",
  "dist/giftyzet/index.d.ts",
  "dist/ugiftme/index.js",
  "dist/ugiftme/index.d.ts",
]

/** Packed sandbox files no store developer runs: sources, tests, source maps, config. */
export function unwantedSandboxFiles(packedFiles) {
  return packedFiles.filter(
    (file) =>
      isTestPath(file) || file.endsWith(".map") || file.startsWith("src/") || /^tsconfig.*\.json$/.test(file)
  )
}

export function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} kB`
}
