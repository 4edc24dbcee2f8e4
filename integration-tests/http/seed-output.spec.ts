import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { Client } from "pg"

jest.setTimeout(420_000)

const root = path.resolve(__dirname, "..", "..")
const connection = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
const database = `gifting_seed_output_${process.pid}`

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ ...connection, database: "postgres" })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** `npm run seed` as a developer runs it (`node scripts/seed.mjs`), with stdout and stderr apart. */
function seed(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const credentials = `${encodeURIComponent(connection.user)}${connection.password ? `:${encodeURIComponent(connection.password)}` : ""}`
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "scripts", "seed.mjs"), ...args], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: `postgres://${credentials}@${connection.host}:${connection.port}/${database}`,
        NODE_OPTIONS: "",
        UGIFTME_API_KEY: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => (stdout += chunk))
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.on("exit", (code) => resolve({ code, stdout, stderr }))
  })
}

/**
 * `npm run seed` prints its JSON summary alone on stdout, Medusa's logs going
 * to stderr, so `npm run -s seed | jq` works; `--output <file>` writes it to
 * the file and leaves stdout empty.
 */
describe("npm run seed: the summary apart from the logs", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "gifting-seed-test-"))

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE "${database}"`)
  })

  afterAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    rmSync(scratch, { recursive: true, force: true })
  })

  it("prints only the JSON summary on stdout and the logs on stderr", async () => {
    const { code, stdout, stderr } = await seed([])

    expect({ code, tail: code === 0 ? "" : stderr.slice(-2000) }).toEqual({ code: 0, tail: "" })
    const summary = JSON.parse(stdout)
    expect(summary.publishable_api_key).toMatch(/^pk_/)
    expect(summary.regions.map((region: { currency_code: string }) => region.currency_code).sort()).toEqual([
      "eur",
      "gbp",
    ])
    // Medusa's own log lines (the migration's, the seed's) went to stderr.
    expect(stderr).toMatch(/migrat/i)
  })

  it("writes the summary to the file named by --output and prints nothing", async () => {
    const file = path.join(scratch, "summary.json")
    const { code, stdout, stderr } = await seed(["--output", file])

    expect({ code, tail: code === 0 ? "" : stderr.slice(-2000) }).toEqual({ code: 0, tail: "" })
    expect(stdout).toBe("")
    const summary = JSON.parse(readFileSync(file, "utf8"))
    expect(summary.publishable_api_key).toMatch(/^pk_/)
    expect(summary.admin.email).toBe("admin@example.com")
  })
})
