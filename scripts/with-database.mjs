#!/usr/bin/env node
// Runs a command against a PostgreSQL database (see scripts/database.mjs).
//
//   node scripts/with-database.mjs [--test] [--migrate] <command> [args…]
//
// --test   a throw-away database server for medusaIntegrationTestRunner
// --migrate runs `medusa db:migrate` first
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { prepareDatabase, root } from "./database.mjs"

const args = process.argv.slice(2)
const flags = new Set()
while (args[0]?.startsWith("--")) {
  flags.add(args.shift())
}
if (args.length === 0) {
  console.error("usage: with-database.mjs [--test] [--migrate] <command> [args…]")
  process.exit(2)
}

/** Runs a command from node_modules/.bin (or PATH), forwarding Ctrl-C. */
function run(command, commandArgs, env) {
  const local = path.join(root, "node_modules", ".bin", command)
  const resolved = !command.includes("/") && existsSync(local) ? local : command
  return new Promise((resolve) => {
    const child = spawn(resolved, commandArgs, { stdio: "inherit", env, cwd: root })
    const forward = (signal) => child.kill(signal)
    process.on("SIGINT", forward)
    process.on("SIGTERM", forward)
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward)
      process.off("SIGTERM", forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

const database = await prepareDatabase(flags.has("--test") ? "test" : "dev")
let code = 0
try {
  if (flags.has("--migrate")) {
    code = await run("medusa", ["db:migrate"], database.env)
  }
  if (code === 0) {
    const [command, ...rest] = args
    code = await run(command, rest, database.env)
  }
} finally {
  await database.stop()
}
process.exit(code)
