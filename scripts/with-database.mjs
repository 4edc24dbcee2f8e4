#!/usr/bin/env node
// Runs a command against a PostgreSQL database.
//
//   node scripts/with-database.mjs [--test] [--migrate] <command> [args…]
//
// With DATABASE_URL (or DB_HOST…) set, that server is used as it is. Otherwise an
// embedded PostgreSQL from npm is started on a free port and stopped afterwards:
// - default: a persistent dev cluster in .data/postgres, database "medusa-gifting",
//   exported as DATABASE_URL (dev store, seed, demo);
// - --test: a throw-away cluster exported as DB_HOST=localhost, DB_PORT, DB_USERNAME,
//   DB_PASSWORD, the variables medusaIntegrationTestRunner reads (it creates a
//   database per test file). The host must be literally "localhost": the runner
//   forces SSL for any other host.
// --migrate runs `medusa db:migrate` first.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedPostgres } from "./embedded-postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const DEV_DATABASE = "medusa-gifting"

const args = process.argv.slice(2)
const flags = new Set()
while (args[0]?.startsWith("--")) {
  flags.add(args.shift())
}
if (args.length === 0) {
  console.error("usage: with-database.mjs [--test] [--migrate] <command> [args…]")
  process.exit(2)
}

function run(command, commandArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: "inherit", env, cwd: root })
    const forward = (signal) => child.kill(signal)
    process.on("SIGINT", forward)
    process.on("SIGTERM", forward)
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward)
      process.off("SIGTERM", forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

function binPath(name) {
  return path.join(root, "node_modules", ".bin", name)
}

async function main() {
  const env = { ...process.env }
  let embedded
  if (!env.DATABASE_URL && !env.DB_HOST) {
    const test = flags.has("--test")
    const dataDir = test
      ? path.join(root, ".data", `postgres-test-${process.pid}`)
      : path.join(root, ".data", "postgres")
    await mkdir(path.dirname(dataDir), { recursive: true })
    const logLines = []
    embedded = await startEmbeddedPostgres({
      dataDir,
      persistent: !test,
      log: (line) => logLines.push(line),
    }).catch((error) => {
      console.error(logLines.join("\n"))
      throw error
    })
    Object.assign(env, {
      DB_HOST: "localhost",
      DB_PORT: String(embedded.port),
      DB_USERNAME: EMBEDDED_USER,
      DB_PASSWORD: EMBEDDED_PASSWORD,
    })
    if (!test) {
      await embedded.createDatabase(DEV_DATABASE)
      env.DATABASE_URL = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${embedded.port}/${DEV_DATABASE}`
    }
    console.error(`[with-database] embedded PostgreSQL on localhost:${embedded.port} (${path.relative(root, dataDir)})`)
  } else if (!env.DATABASE_URL && env.DB_HOST && !flags.has("--test")) {
    const user = encodeURIComponent(env.DB_USERNAME || "postgres")
    const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
    env.DATABASE_URL = `postgres://${user}${password}@${env.DB_HOST}:${env.DB_PORT || 5432}/${env.DB_NAME || DEV_DATABASE}`
  }

  let code = 0
  try {
    if (flags.has("--migrate")) {
      code = await run(binPath("medusa"), ["db:migrate"], env)
    }
    if (code === 0) {
      const [command, ...rest] = args
      const local = binPath(command)
      const resolved = !command.includes("/") && existsSync(local) ? local : command
      code = await run(resolved, rest, env)
    }
  } finally {
    await embedded?.stop()
  }
  process.exit(code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
