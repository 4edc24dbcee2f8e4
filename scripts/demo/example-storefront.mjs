// The demo's storefront: the project's example Next.js storefront
// (examples/storefront), installed from the packed plugin when it is not yet,
// built with `next build`, and served with `next start` once the store's
// publishable key is known.
import { spawn } from "node:child_process"
import { createWriteStream, existsSync } from "node:fs"
import path from "node:path"
import { waitFor } from "./http.mjs"

function spawnLogged(command, args, { cwd, env, logFile, detached = false }) {
  const out = createWriteStream(logFile, { flags: "a" })
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached })
  child.stdout.pipe(out)
  child.stderr.pipe(out)
  return child
}

function finished(child, what, logFile) {
  return new Promise((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}); see ${logFile}`))
    )
  })
}

/**
 * Installs (if needed) and builds the example; `connect()` serves it against
 * the store. `orderUrl(id)` is its order confirmation page.
 */
export async function prepareExampleStorefront({ root, port, logFile }) {
  const dir = path.join(root, "examples", "storefront")
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }
  delete env.NODE_ENV
  if (!existsSync(path.join(dir, "node_modules", ".bin", "next"))) {
    const install = spawnLogged(
      process.execPath,
      [path.join(root, "scripts", "storefront-example.mjs"), "install"],
      {
        cwd: root,
        env,
        logFile,
      }
    )
    await finished(install, "installing the example storefront", logFile)
  }
  const next = path.join(dir, "node_modules", ".bin", "next")
  await finished(spawnLogged(next, ["build"], { cwd: dir, env, logFile }), "next build", logFile)
  const origin = `http://localhost:${port}`
  let server
  return {
    origin,
    orderUrl: (orderId) => `${origin}/order/${encodeURIComponent(orderId)}/confirmed`,
    async connect({ backendUrl, publishableKey }) {
      server = spawnLogged(next, ["start", "-p", String(port)], {
        cwd: dir,
        env: { ...env, MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey },
        logFile,
        detached: true,
      })
      await waitFor(
        async () => {
          if (server.exitCode !== null)
            throw new Error(`next start exited (${server.exitCode}); see ${logFile}`)
          return fetch(origin)
            .then((response) => response.ok)
            .catch(() => false)
        },
        { timeoutMs: 120_000, intervalMs: 500, what: "the example storefront to answer" }
      )
    },
    /** The `next start` process (its own process group), once connected. */
    get server() {
      return server
    },
  }
}
