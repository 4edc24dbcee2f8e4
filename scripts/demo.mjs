#!/usr/bin/env node
// `npm run demo`: the dev store, ready to look at, in one command.
//
// Starts PostgreSQL (embedded unless DATABASE_URL/DB_HOST is set), migrates,
// seeds, serves the dev store with `medusa develop`, then walks what exists
// today through the HTTP API as a storefront and an admin would, printing each
// step. Keeps running until Ctrl-C; with --once it exits after the walk,
// 0 only if every step succeeded.
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { createWriteStream } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { prepareDatabase, root } from "./database.mjs"

const once = process.argv.includes("--once")
const port = Number(process.env.PORT || 9000)
const baseUrl = `http://localhost:${port}`
// Logs live outside the project folder: `medusa develop` restarts on changes in it.
const logDir = mkdtempSync(path.join(tmpdir(), "gifting-demo-"))
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

let step = 0
function say(message) {
  console.log(`\x1b[36m[demo ${String(++step).padStart(2, "0")}]\x1b[0m ${message}`)
}

function runLogged(name, args, env) {
  const logFile = path.join(logDir, `${name}.log`)
  const out = createWriteStream(logFile)
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.pipe(out)
    child.stderr.pipe(out)
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`medusa ${args.join(" ")} failed (exit ${code}); see ${logFile}`))
    )
  })
}

async function waitForHealth(child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the store exited (${child.exitCode}); see ${logDir}/store.log`)
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the store did not answer on ${baseUrl}/health in time; see ${logDir}/store.log`)
}

async function getJson(url, init) {
  const response = await fetch(url, init)
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${init?.method ?? "GET"} ${url} answered ${response.status}`)
  return body
}

const database = await prepareDatabase("dev")
let store
let exitCode = 0
const shutdown = async () => {
  if (store && store.exitCode === null) {
    try {
      process.kill(-store.pid, "SIGTERM")
    } catch {
      // already gone
    }
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 10_000)
      store.on("exit", () => {
        clearTimeout(timer)
        resolve()
      })
    })
  }
  await database.stop()
}
process.on("SIGINT", () => shutdown().then(() => process.exit(exitCode)))
process.on("SIGTERM", () => shutdown().then(() => process.exit(exitCode)))

try {
  const env = { ...database.env, PORT: String(port), SEED_OUTPUT: path.join(logDir, "seed.json") }
  say(`logs go to ${logDir}`)
  say("migrating the database (medusa db:migrate)…")
  await runLogged("migrate", ["db:migrate"], env)
  say("seeding the dev store (region, channel, publishable key, stock location, product, shipping, admin)…")
  await runLogged("seed", ["exec", "./src/scripts/seed.ts"], env)
  const seed = JSON.parse(readFileSync(env.SEED_OUTPUT, "utf8"))

  say(`starting the dev store on ${baseUrl} (medusa develop)…`)
  const storeLog = createWriteStream(path.join(logDir, "store.log"))
  // Its own process group: `medusa develop` forks the server, and both must stop with us.
  store = spawn(medusaBin, ["develop"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  store.stdout.pipe(storeLog)
  store.stderr.pipe(storeLog)
  await waitForHealth(store, 180_000)

  const storeHeaders = { "x-publishable-api-key": seed.publishable_api_key }
  const { products } = await getJson(`${baseUrl}/store/products?fields=title,handle`, {
    headers: storeHeaders,
  })
  say(
    `storefront: the Store API lists ${products.length} product(s): ${products.map((p) => p.title).join(", ")}`
  )

  const login = await getJson(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: seed.admin.email,
      password: process.env.SEED_ADMIN_PASSWORD || "supersecret",
    }),
  })
  const status = await getJson(`${baseUrl}/admin/gifting/status`, {
    headers: { authorization: `Bearer ${login.token}` },
  })
  for (const [partner, state] of Object.entries(status.partners)) {
    say(`admin: ${partner} is ${state.configured ? "configured" : "not configured"} (${state.base_url})`)
  }

  console.log(`
  Open:
    admin          ${baseUrl}/app  (${seed.admin.email} / ${process.env.SEED_ADMIN_PASSWORD || "supersecret"})
    gifting page   ${baseUrl}/app/settings/gifting
    store API      ${baseUrl}/store/products  (header x-publishable-api-key: ${seed.publishable_api_key})
`)
  if (once) {
    say("--once: every step succeeded")
    await shutdown()
    process.exit(0)
  }
  say("running; press Ctrl-C to stop")
} catch (error) {
  exitCode = 1
  console.error(`\x1b[31m[demo] ${error.message}\x1b[0m`)
  await shutdown()
  process.exit(1)
}
