#!/usr/bin/env node
// Starts the Giftyzet and UGiftMe sandboxes (see `gifting-sandbox --help`).
// In an installed plugin it runs the compiled code; in the repository, the
// TypeScript sources through ts-node when nothing is built.
const path = require("node:path")
const fs = require("node:fs")

const root = path.resolve(__dirname, "..")
const built = path.join(root, ".medusa", "server", "src", "sandbox", "cli.js")
const source = path.join(root, "src", "sandbox", "cli.ts")

let cli
if (fs.existsSync(source)) {
  require("ts-node").register({ transpileOnly: true, swc: true, project: path.join(root, "tsconfig.json") })
  cli = require(source)
} else {
  cli = require(built)
}

cli.runSandboxCli(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`gifting-sandbox: ${error && error.stack ? error.stack : error}\n`)
  process.exit(1)
})
