import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, existsSync } from "node:fs"
import path from "node:path"
import { stopProcessGroup } from "./dev-store"

const root = path.resolve(__dirname, "..", "..", "..")
export const EXAMPLE_DIR = path.join(root, "examples", "storefront")
const nextBin = path.join(EXAMPLE_DIR, "node_modules", ".bin", "next")

export type ExampleStorefront = {
  /** e.g. `http://localhost:41235` */
  url: string
  stop(): Promise<void>
}

function nextEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra }
  // Jest's settings must not reach Next.js.
  delete env.NODE_OPTIONS
  delete env.TEST_TYPE
  delete env.NODE_ENV
  return env
}

function assertInstalled(): void {
  if (!existsSync(nextBin)) {
    throw new Error(
      "examples/storefront is not installed: run `node scripts/storefront-example.mjs install` (npm test does)"
    )
  }
}

/** `next build` of the example, type checks on; the output goes to `logFile`. */
export function buildExampleStorefront(logFile: string): Promise<void> {
  assertInstalled()
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile)
    const child = spawn(nextBin, ["build"], {
      cwd: EXAMPLE_DIR,
      env: nextEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.stdout.pipe(out)
    child.stderr.pipe(out)
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}; see ${logFile}`))
    )
  })
}

async function waitForPage(url: string, child: ChildProcess, logFile: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${logFile}`)
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(30_000) })).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the storefront did not answer ${url} within ${timeoutMs} ms; see ${logFile}`)
}

/** `next start` of the built example against a store (the SDK runs on the server with these settings). */
export async function serveExampleStorefront(input: {
  port: number
  backendUrl: string
  publishableKey: string
  logFile: string
}): Promise<ExampleStorefront> {
  assertInstalled()
  const url = `http://localhost:${input.port}`
  const out = createWriteStream(input.logFile)
  const child = spawn(nextBin, ["start", "-p", String(input.port)], {
    cwd: EXAMPLE_DIR,
    env: nextEnv({ MEDUSA_BACKEND_URL: input.backendUrl, MEDUSA_PUBLISHABLE_KEY: input.publishableKey }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  child.stdout!.pipe(out)
  child.stderr!.pipe(out)
  const stop = () => stopProcessGroup(child)
  try {
    await waitForPage(url, child, input.logFile, 120_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}
