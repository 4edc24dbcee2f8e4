import importPlugin from "eslint-plugin-import"

// The direction of imports between the plugin's layers (docs/architecture.md, "Layers"):
// api, subscribers, jobs → workflows → modules / lib / shared; providers → lib / shared;
// storefront → shared only. Tests may reach across layers to set things up.
const LAYERS = [
  "api",
  "subscribers",
  "jobs",
  "workflows",
  "modules",
  "lib",
  "shared",
  "providers",
  "links",
  "storefront",
  "admin",
  "sandbox",
  "scripts",
]

/** A zone: files under `layer` may import from no layer but `allowed` (and themselves). */
function onlyFrom(layer, allowed, why) {
  return {
    target: `./src/${layer}`,
    from: LAYERS.filter((other) => other !== layer && !allowed.includes(other)).map(
      (other) => `./src/${other}`
    ),
    message: allowed.length
      ? `src/${layer} may import only ${allowed.map((other) => `src/${other}`).join(", ")}: ${why}`
      : `src/${layer} may import nothing of the plugin: ${why}`,
  }
}

const ENTRY_POINTS = ["workflows", "modules", "lib", "shared"]
const zones = [
  onlyFrom("api", [...ENTRY_POINTS, "links"], "routes start workflows and read the module"),
  onlyFrom("subscribers", ENTRY_POINTS, "subscribers start workflows"),
  onlyFrom("jobs", ENTRY_POINTS, "jobs start workflows"),
  onlyFrom(
    "workflows",
    ["modules", "lib", "shared", "links"],
    "workflows never import their callers or a provider"
  ),
  onlyFrom("modules", ["lib", "shared"], "the module knows no workflow, route or provider"),
  onlyFrom("lib", ["modules", "shared"], "the domain home and the partner clients know no workflow or route"),
  onlyFrom(
    "providers",
    ["lib", "shared"],
    "fulfillment providers use only the partner clients and the domain rules"
  ),
  onlyFrom("storefront", ["shared"], "the storefront kit is shipped to browsers"),
  onlyFrom("shared", [], "shared rules are import-free, for the server and the browser alike"),
]

export default [
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["**/__tests__/**", "**/*.spec.*"],
    plugins: { import: importPlugin },
    settings: { "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".mjs"] } } },
    rules: { "import/no-restricted-paths": ["error", { zones }] },
  },
]
