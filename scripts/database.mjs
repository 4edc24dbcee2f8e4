// Chooses the PostgreSQL the dev store, the seed, the demo and the tests use.
//
// With DATABASE_URL (or DB_HOST…) set, that server is used as it is. Otherwise an
// embedded PostgreSQL from npm is started on a free port:
// - "dev": a persistent cluster in .data/postgres with the database
//   "medusa-gifting", exported as DATABASE_URL;
// - "test": a throw-away cluster exported as DB_HOST=localhost, DB_PORT,
//   DB_USERNAME and DB_PASSWORD, the variables medusaIntegrationTestRunner reads
//   (it creates a database per test file). The host must be literally
//   "localhost": the runner forces SSL for any other host.
import { mkdir } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedPostgres } from "./embedded-postgres.mjs"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const DEV_DATABASE = "medusa-gifting"

/**
 * @param {"dev" | "test"} purpose
 * @param {NodeJS.ProcessEnv} baseEnv
 * @returns {Promise<{ env: NodeJS.ProcessEnv, stop: () => Promise<void>, embedded: boolean }>}
 */
export async function prepareDatabase(purpose, baseEnv = process.env) {
  const env = { ...baseEnv }
  if (env.DATABASE_URL || env.DB_HOST) {
    if (!env.DATABASE_URL && purpose === "dev") {
      const user = encodeURIComponent(env.DB_USERNAME || "postgres")
      const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
      env.DATABASE_URL = `postgres://${user}${password}@${env.DB_HOST}:${env.DB_PORT || 5432}/${env.DB_NAME || DEV_DATABASE}`
    }
    return { env, stop: async () => {}, embedded: false }
  }

  const dataDir =
    purpose === "test"
      ? path.join(root, ".data", `postgres-test-${process.pid}`)
      : path.join(root, ".data", "postgres")
  await mkdir(path.dirname(dataDir), { recursive: true })
  const logLines = []
  const server = await startEmbeddedPostgres({
    dataDir,
    persistent: purpose !== "test",
    log: (line) => logLines.push(line),
  }).catch((error) => {
    console.error(logLines.join("\n"))
    throw error
  })
  Object.assign(env, {
    DB_HOST: "localhost",
    DB_PORT: String(server.port),
    DB_USERNAME: EMBEDDED_USER,
    DB_PASSWORD: EMBEDDED_PASSWORD,
  })
  if (purpose === "dev") {
    await server.createDatabase(DEV_DATABASE)
    env.DATABASE_URL = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${server.port}/${DEV_DATABASE}`
  }
  console.error(
    `[database] embedded PostgreSQL on localhost:${server.port} (${path.relative(root, dataDir)})`
  )
  return { env, stop: () => server.stop(), embedded: true }
}
