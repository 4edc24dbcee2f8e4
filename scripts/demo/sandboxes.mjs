// Starts the partner sandboxes for the demo through the sandbox package's CLI
// (`packages/sandbox/bin/gifting-sandbox.js`, or the `bin` given, e.g. an installed package's
// `node_modules/.bin/gifting-sandbox`), as a store developer would, and reads
// the one JSON line it prints when ready.
import { spawn } from "node:child_process"
import path from "node:path"
import readline from "node:readline"

export const DEMO_GIFTYZET_KEY = `gfty_live_${"d3".repeat(24)}`
export const DEMO_UGIFTME_KEY = "0d3e1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"

export async function startDemoSandboxes({
  root,
  stateDir,
  giftyzetPort = 4010,
  ugiftmePort = 4020,
  logFile,
  bin = path.join(root, "packages", "sandbox", "bin", "gifting-sandbox.js"),
}) {
  const child = spawn(
    process.execPath,
    [
      bin,
      "--giftyzet-port",
      String(giftyzetPort),
      "--giftyzet-key",
      DEMO_GIFTYZET_KEY,
      "--ugiftme-port",
      String(ugiftmePort),
      "--ugiftme-key",
      DEMO_UGIFTME_KEY,
      "--state-dir",
      stateDir,
    ],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"], detached: true }
  )
  child.stderr.pipe(logFile)
  const lines = readline.createInterface({ input: child.stdout })
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the sandboxes did not start in 30 s")), 30_000)
    child.on("exit", (code) => reject(new Error(`the sandboxes exited (${code}); see ${logFile.path}`)))
    lines.once("line", (line) => {
      clearTimeout(timer)
      resolve(JSON.parse(line))
    })
  })
  return {
    ...ready,
    stop: () => {
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        // already gone
      }
    },
  }
}
