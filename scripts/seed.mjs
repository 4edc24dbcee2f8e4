#!/usr/bin/env node
// `npm run seed`: migrates the dev database and seeds it (src/scripts/seed.ts).
//
//   npm run -s seed | jq .publishable_api_key    # -s: no npm banner on stdout
//   npm run seed -- --output seed.json
//
// Medusa's logs go to stderr; the seed's JSON summary is the only thing on
// stdout, or with `--output <file>` it is written to that file instead.
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { prepareDatabase } from "./database.mjs"
import { runBin } from "./run-bin.mjs"

const outputFlag = process.argv.indexOf("--output")
const output = outputFlag > 0 ? process.argv[outputFlag + 1] : undefined
if (outputFlag > 0 && !output) {
  console.error("usage: seed.mjs [--output <file>]")
  process.exit(2)
}
const scratch = output ? undefined : mkdtempSync(path.join(tmpdir(), "gifting-seed-"))
const summaryFile = output ? path.resolve(output) : path.join(scratch, "seed.json")

const database = await prepareDatabase("dev")
let code = 0
try {
  const env = { ...database.env, SEED_OUTPUT: summaryFile }
  code = await runBin("medusa", ["db:migrate"], env, { stdout: "stderr" })
  if (code === 0) code = await runBin("medusa", ["exec", "./src/scripts/seed.ts"], env, { stdout: "stderr" })
  if (code === 0 && !output) process.stdout.write(`${readFileSync(summaryFile, "utf8")}\n`)
} finally {
  await database.stop()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
}
process.exit(code)
