#!/usr/bin/env node
// Starts the Giftyzet and UGiftMe sandboxes (see `gifting-sandbox --help`).
// Installed, it runs the compiled code in dist/; in the repository, where the
// TypeScript sources sit beside it, it runs those through ts-node.
const path = require("node:path")
const fs = require("node:fs")

const root = path.resolve(__dirname, "..")
const source = path.join(root, "src", "cli.ts")

let cli
if (fs.existsSync(source)) {
  require("ts-node").register({ transpileOnly: true, swc: true, project: path.join(root, "tsconfig.json") })
  cli = require(source)
} else {
  cli = require(path.join(root, "dist", "cli.js"))
}

cli.runSandboxCli(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`gifting-sandbox: ${error && error.stack ? error.stack : error}\n`)
  process.exit(1)
})
