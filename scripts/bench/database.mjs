// The benchmark's PostgreSQL database: a fresh one per run, on the server that
// scripts/database.mjs chooses (DATABASE_URL / DB_HOST when set, else a
// throw-away embedded PostgreSQL), so a run never touches the dev store's data.
import { createRequire } from "node:module"
import { prepareDatabase } from "../database.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("pg")

function serverUrl(env, database) {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    url.pathname = `/${database}`
    return url.toString()
  }
  const user = encodeURIComponent(env.DB_USERNAME || "postgres")
  const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${env.DB_HOST}:${env.DB_PORT || 5432}/${database}`
}

async function withClient(url, work) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * Creates an empty database `name` (dropping a leftover one) and returns the
 * env for Medusa (`DATABASE_URL`), a `query` helper for read-outs and `stop()`.
 */
export async function prepareBenchDatabase(name, { keep = false } = {}) {
  const server = await prepareDatabase("test")
  const admin = serverUrl(server.env, "postgres")
  await withClient(admin, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}"`)
  })
  const url = serverUrl(server.env, name)
  const env = { ...server.env, DATABASE_URL: url }
  const reader = new Client({ connectionString: url })
  await reader.connect()
  return {
    env,
    url,
    query: (text, params) => reader.query(text, params).then((result) => result.rows),
    async stop() {
      await reader.end().catch(() => {})
      if (!keep) {
        await withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
      }
      await server.stop()
    },
  }
}
