#!/usr/bin/env node
// Runs a command against a PostgreSQL database (see scripts/database.mjs).
//
//   node scripts/with-database.mjs [--test] [--migrate] <command> [args…]
//
// --test   a throw-away database server for medusaIntegrationTestRunner
// --migrate runs `medusa db:migrate` first
import { prepareDatabase } from "./database.mjs"
import { runBin as run } from "./run-bin.mjs"

const args = process.argv.slice(2)
const flags = new Set()
while (args[0]?.startsWith("--")) {
  flags.add(args.shift())
}
if (args.length === 0) {
  console.error("usage: with-database.mjs [--test] [--migrate] <command> [args…]")
  process.exit(2)
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
