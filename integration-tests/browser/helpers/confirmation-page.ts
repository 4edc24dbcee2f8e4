import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import readline from "node:readline"

const root = path.resolve(__dirname, "..", "..", "..")
const SERVER = path.join(root, "scripts", "demo", "confirmation-page.mjs")

export type ConfirmationPageServer = {
  /** e.g. `http://localhost:41235`: list it in the store's STORE_CORS. */
  origin: string
  orderUrl(orderId: string): string
  stop(): Promise<void>
}

/**
 * The demo's storefront confirmation page (`scripts/demo/confirmation-page.mjs`,
 * the server `npm run demo` starts), run in its own process on `port` and
 * pointed at a store. Resolves once it prints that it is ready.
 */
export async function startConfirmationPageServer(input: {
  port: number
  backendUrl: string
  publishableKey: string
}): Promise<ConfirmationPageServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      SERVER,
      "--port",
      String(input.port),
      "--strict-port",
      "--backend-url",
      input.backendUrl,
      "--publishable-key",
      input.publishableKey,
    ],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] }
  )
  let errors = ""
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()))
  const lines = readline.createInterface({ input: child.stdout! })
  const { origin } = await new Promise<{ origin: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the confirmation page did not start in 30 s")), 30_000)
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`the confirmation page exited with ${code}: ${errors}`))
    })
    lines.once("line", (line) => {
      clearTimeout(timer)
      resolve(JSON.parse(line) as { origin: string })
    })
  })
  return {
    origin,
    orderUrl: (orderId) => `${origin}/order/confirmed/${encodeURIComponent(orderId)}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", () => resolve())
        child.kill("SIGTERM")
      }),
  }
}
