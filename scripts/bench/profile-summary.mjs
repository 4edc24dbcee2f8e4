#!/usr/bin/env node
// Where a V8 CPU profile (`node --cpu-prof`, `npm run bench -- --profile`)
// spent its time: self time by package (the plugin's own src/ files, each
// node_modules package, Node's internals) and the top functions.
// Usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [top]
import { readFileSync } from "node:fs"

/** The package a script URL belongs to: `src/<folder>` for the plugin's own code. */
export function packageOf(url) {
  if (!url) return "(native / idle / gc)"
  const modules = url.lastIndexOf("node_modules/")
  if (modules !== -1) {
    const rest = url.slice(modules + "node_modules/".length).split("/")
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  const own = url.match(/\/(src|scripts)\/([^/]+)/)
  if (own) return `plugin ${own[1]}/${own[2]}`
  return url.startsWith("node:") ? "node internals" : "other"
}

/** Self time per node in ms, from the profile's samples and time deltas. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index] ?? 0) / 1000
    self.set(id, (self.get(id) ?? 0) + delta)
  })
  return [...self].map(([id, ms]) => ({ node: byId.get(id), ms }))
}

export function summarise(profile, top = 15) {
  const times = selfTimes(profile)
  const total = times.reduce((sum, entry) => sum + entry.ms, 0)
  const idle = times
    .filter(({ node }) => ["(idle)", "(program)"].includes(node.callFrame.functionName))
    .reduce((sum, entry) => sum + entry.ms, 0)
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms)
  const packages = new Map()
  const functions = new Map()
  for (const { node, ms } of times) {
    const { functionName, url, lineNumber } = node.callFrame
    if (["(idle)", "(program)"].includes(functionName)) continue
    add(packages, packageOf(url), ms)
    add(
      functions,
      `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`,
      ms
    )
  }
  const sorted = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({
        name,
        ms: Math.round(ms),
        share: Math.round((ms / (total - idle)) * 1000) / 10,
      }))
  return {
    wall_ms: Math.round(total),
    busy_ms: Math.round(total - idle),
    packages: sorted(packages),
    functions: sorted(functions),
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const [file, top] = process.argv.slice(2)
  if (!file) {
    console.error("usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [top]")
    process.exit(2)
  }
  console.log(JSON.stringify(summarise(JSON.parse(readFileSync(file, "utf8")), Number(top) || 15), null, 2))
}
