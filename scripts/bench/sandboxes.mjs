// Both partner sandboxes as one child process, through the package's own CLI
// (`packages/sandbox/bin/gifting-sandbox.js`), on free ports and without a state file (a state
// file is rewritten on every change: too slow for 10,000 orders). Control goes
// through their HTTP control endpoints.
import { spawn } from "node:child_process"
import path from "node:path"
import readline from "node:readline"

export const BENCH_GIFTYZET_KEY = `gfty_live_${"be".repeat(24)}`
export const BENCH_UGIFTME_KEY = "b3c4d5e6-f708-4a1b-8c2d-3e4f5a6b7c8d"
/** The store's `ugiftme.webhookSecret` in a bench run: the webhook scenario signs with it. */
export const BENCH_WEBHOOK_SECRET = `whsec_bench_${"5e".repeat(16)}`

async function call(url, method, body) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text}`)
  return text ? JSON.parse(text) : {}
}

export async function startSandboxes({ root, logFile }) {
  const child = spawn(
    process.execPath,
    [
      path.join(root, "packages", "sandbox", "bin", "gifting-sandbox.js"),
      ...["--giftyzet-port", "0", "--giftyzet-key", BENCH_GIFTYZET_KEY],
      ...["--ugiftme-port", "0", "--ugiftme-key", BENCH_UGIFTME_KEY],
    ],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"], detached: true }
  )
  child.stderr.pipe(logFile)
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the sandboxes did not start in 60 s")), 60_000)
    child.once("exit", (code) => reject(new Error(`the sandboxes exited (${code}); see ${logFile.path}`)))
    readline.createInterface({ input: child.stdout }).once("line", (line) => {
      clearTimeout(timer)
      resolve(JSON.parse(line))
    })
  })
  const giftyzetUrl = ready.giftyzet.url
  const ugiftmeUrl = ready.ugiftme.url
  const giftyzet = (method, route, body) => call(`${giftyzetUrl}/__sandbox/giftyzet${route}`, method, body)
  const ugiftme = (method, route, body) => call(`${ugiftmeUrl}/__sandbox/ugiftme${route}`, method, body)
  return {
    pid: child.pid,
    giftyzetUrl,
    ugiftmeUrl,
    giftyzet,
    ugiftme,
    /** Partner latency on every API request of both sandboxes (control endpoints excluded). */
    async setLatency(ms) {
      await giftyzet("POST", "/faults", { kind: "latency", latency_ms: ms })
      await ugiftme("POST", "/faults/latency", { ms })
    },
    stop() {
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        // already gone
      }
    },
  }
}
