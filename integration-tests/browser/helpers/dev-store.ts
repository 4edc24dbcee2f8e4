import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, mkdtempSync, readFileSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import { Client } from "pg"

const root = path.resolve(__dirname, "..", "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

/** What `src/scripts/seed.ts` prints (the fields the browser tests use). */
export type SeedSummary = {
  sales_channel_id: string
  publishable_api_key: string
  regions: { id: string; name: string; currency_code: string }[]
  stock_location_id: string
  service_zone_id: string
  shipping_profile_id: string
  /** The seed's shipping options (`voucher` is null with SEED_VOUCHERS=false). */
  shipping_options: { manual: string | null; gift: string | null; voucher: string | null }
  product: { id: string; handle: string; variant_ids: string[] }
  /** The voucher products' own shipping profile (null with SEED_VOUCHERS=false). */
  voucher_shipping_profile_id: string | null
  /** The seed's £25 voucher product (null with SEED_VOUCHERS=false). */
  voucher_product: { id: string; handle: string; variant_ids: string[]; ugiftme: unknown } | null
  admin: { email: string }
}

export type DevStore = {
  /** e.g. `http://localhost:41234`; the admin is at `${url}/app`. */
  url: string
  seed: SeedSummary
  /** Folder with the migrate, seed and store logs (outside the project). */
  logDir: string
  /** Milliseconds spent per boot step. */
  timings: Record<string, number>
  /**
   * `medusa exec <file> <args…>` against the store's database and env, e.g. the
   * claim-window job with its clock days ahead (`src/scripts/run-gift-claim-window.ts`).
   */
  exec(file: string, args?: string[]): Promise<void>
  stop(): Promise<void>
}

export type DevStoreOptions = {
  /** Partner settings and anything else the store reads from env. */
  env: Record<string, string>
  adminEmail: string
  adminPassword: string
  /** Origins besides the store's own that may call the Store API from a browser (a storefront). */
  storeCors?: string[]
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function databaseConnection(database: string) {
  return {
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || "",
    database,
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client(databaseConnection("postgres"))
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function databaseUrl(database: string): string {
  const { host, port, user, password } = databaseConnection(database)
  const credentials = `${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ""}`
  return `postgres://${credentials}@${host}:${port}/${database}`
}

function runMedusa(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile)
    const child = spawn(medusaBin, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.pipe(out)
    child.stderr.pipe(out)
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`medusa ${args.join(" ")} exited with ${code}; see ${logFile}`))
    )
  })
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the store exited with ${child.exitCode}; see ${logFile}`)
    }
    try {
      if ((await fetch(`${url}/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the store did not answer ${url}/health within ${timeoutMs} ms; see ${logFile}`)
}

/** Stops a child started with `detached: true` and everything it started (SIGTERM, then SIGKILL after 10 s). */
export function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL")
      } catch {
        // already gone
      }
    }, 10_000)
    child.once("exit", () => {
      clearTimeout(force)
      resolve()
    })
    try {
      process.kill(-child.pid!, "SIGTERM")
    } catch {
      clearTimeout(force)
      resolve()
    }
  })
}

/**
 * Boots the repository's dev store as staff would run it, with the admin
 * served: a fresh database on the PostgreSQL in DB_* (see
 * scripts/database.mjs), `medusa db:migrate`, the seed (`medusa exec
 * ./src/scripts/seed.ts`), then `medusa start` with NODE_ENV=development:
 * the same server `medusa develop` forks (TypeScript sources, admin through
 * Vite), without the file watcher that would restart it whenever someone
 * saves a file. Logs go to a temporary folder outside the project.
 */
export async function startDevStore(options: DevStoreOptions): Promise<DevStore> {
  if (!process.env.DB_HOST) {
    throw new Error("DB_HOST is not set: run the browser tests through scripts/with-database.mjs --test")
  }
  const timings: Record<string, number> = {}
  const time = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    try {
      return await work()
    } finally {
      timings[step] = Date.now() - started
    }
  }
  const logDir = mkdtempSync(path.join(tmpdir(), "gifting-browser-"))
  const database = `gifting_browser_${process.pid}_${Date.now().toString(36)}`
  const port = await freePort()
  const url = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // The suites set up their own voucher products (and count them): the seed's
    // is left out unless a suite asks for it with SEED_VOUCHERS=true.
    SEED_VOUCHERS: "false",
    ...options.env,
    DATABASE_URL: databaseUrl(database),
    PORT: String(port),
    MEDUSA_BACKEND_URL: url,
    ADMIN_CORS: url,
    AUTH_CORS: url,
    STORE_CORS: [url, ...(options.storeCors ?? [])].join(","),
    MEDUSA_DISABLE_TELEMETRY: "true",
    SEED_ADMIN_EMAIL: options.adminEmail,
    SEED_ADMIN_PASSWORD: options.adminPassword,
    SEED_OUTPUT: path.join(logDir, "seed.json"),
  }
  // Jest's own settings must not leak into the store.
  delete env.NODE_OPTIONS
  delete env.TEST_TYPE
  delete env.NODE_ENV

  await time("create database", () => adminQuery(`CREATE DATABASE "${database}"`))
  let store: ChildProcess | undefined
  const stop = async () => {
    if (store) await stopProcessGroup(store)
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined)
  }
  try {
    await time("migrate", () => runMedusa(["db:migrate"], env, path.join(logDir, "migrate.log")))
    await time("seed", () => runMedusa(["exec", "./src/scripts/seed.ts"], env, path.join(logDir, "seed.log")))
    const seed = JSON.parse(readFileSync(env.SEED_OUTPUT!, "utf8")) as SeedSummary

    const storeLog = path.join(logDir, "store.log")
    const out = createWriteStream(storeLog)
    // Its own process group, so stopping it stops everything it started.
    store = spawn(medusaBin, ["start"], {
      cwd: root,
      env: { ...env, NODE_ENV: "development" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    store.stdout!.pipe(out)
    store.stderr!.pipe(out)
    await time("start", () => waitForHealth(url, store!, storeLog, 120_000))
    let execs = 0
    const exec = (file: string, args: string[] = []) =>
      runMedusa(["exec", file, ...args], env, path.join(logDir, `exec-${++execs}.log`))
    return { url, seed, logDir, timings, exec, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
