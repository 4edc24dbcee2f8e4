import { spawn } from "node:child_process"
import { readFile } from "node:fs/promises"
import { createServer, type AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import { Client } from "pg"

/**
 * The repository's dev store as a real child process (`medusa start`), for
 * the tests that must kill it: its own database on the server the suite runs
 * against (DB_HOST… from scripts/with-database.mjs --test), its output kept
 * in memory for the secret scan.
 */

const root = path.resolve(__dirname, "..", "..", "..")
const medusa = path.join(root, "node_modules", ".bin", "medusa")

function serverUrl(database: string): string {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}/${database}`
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export type TestDatabase = {
  url: string
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>
  drop(): Promise<void>
}

/** A fresh, empty database `name` (a leftover one is dropped first). */
export async function createTestDatabase(name: string): Promise<TestDatabase> {
  const admin = serverUrl("postgres")
  await withClient(admin, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}"`)
  })
  const url = serverUrl(name)
  return {
    url,
    query: <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
      withClient(url, async (client) => (await client.query(text, params)).rows as T[]),
    drop: () =>
      withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => {}
      ),
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Runs `medusa <args>` to completion; rejects with its output on failure. */
export function runMedusa(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(medusa, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`medusa ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`))
    )
  })
}

export type SeedSummary = {
  publishable_api_key: string
  sales_channel_id: string
  stock_location_id: string
  service_zone_id: string
  shipping_profile_id: string
  regions: { id: string; currency_code: string }[]
  shipping_options: { manual: string; gift: string }
  product: { variant_ids: string[] }
  admin: { email: string; password: string }
}

/** `medusa db:migrate` and the repository's seed; returns the seed summary and their output. */
export async function migrateAndSeed(env: NodeJS.ProcessEnv): Promise<{ seed: SeedSummary; output: string }> {
  const migrated = await runMedusa(["db:migrate"], env)
  const seedFile = path.join(tmpdir(), `gifting-reliability-seed-${process.pid}-${Date.now()}.json`)
  const seeded = await runMedusa(["exec", "./src/scripts/seed.ts"], { ...env, SEED_OUTPUT: seedFile })
  return { seed: JSON.parse(await readFile(seedFile, "utf8")) as SeedSummary, output: migrated + seeded }
}

export type ChildStore = {
  baseUrl: string
  /** Everything the process wrote so far. */
  output(): string
  /** SIGKILL to the whole process group: a crash, nothing runs on the way out. */
  kill(): Promise<void>
  stop(): Promise<void>
}

/** `medusa start` in its own process group; resolves when `/health` answers. */
export async function startChildStore(env: NodeJS.ProcessEnv, port: number): Promise<ChildStore> {
  const child = spawn(medusa, ["start"], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  let output = ""
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid!, name)
    } catch {
      return
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
  }
  const baseUrl = `http://localhost:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the store exited (${child.exitCode}):\n${output.slice(-4000)}`)
    const healthy = await fetch(`${baseUrl}/health`)
      .then((response) => response.ok)
      .catch(() => false)
    if (healthy) break
    if (Date.now() > deadline) {
      await signal("SIGKILL")
      throw new Error(`the store did not answer /health in 120 s:\n${output.slice(-4000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { baseUrl, output: () => output, kill: () => signal("SIGKILL"), stop: () => signal("SIGTERM") }
}
