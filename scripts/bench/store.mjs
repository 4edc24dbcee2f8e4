// The dev store as child processes: `medusa db:migrate`, the seed script and
// `medusa start` (no file watcher: the folder may change while a run goes on).
import { spawn } from "node:child_process"
import { createWriteStream, readFileSync } from "node:fs"
import path from "node:path"
import { waitFor } from "../demo/http.mjs"

export function medusaBin(root) {
  return path.join(root, "node_modules", ".bin", "medusa")
}

/**
 * `medusa <args>` through this Node; with `BENCH_PROFILE_DIR` set (`--profile`),
 * a process named `profiled` writes a V8 CPU profile there (`--cpu-prof` is
 * refused in NODE_OPTIONS, so it goes on the command line).
 */
function spawnMedusa(root, args, env, { profiled, ...spawnOptions }) {
  const profile =
    profiled && env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${env.BENCH_PROFILE_DIR}`] : []
  return spawn(process.execPath, [...profile, medusaBin(root), ...args], { cwd: root, env, ...spawnOptions })
}

/** Runs `medusa <args>` to completion, its output in `<logDir>/<name>.log`. */
export function runMedusa(root, logDir, name, args, env, { profiled = false } = {}) {
  const out = createWriteStream(path.join(logDir, `${name}.log`))
  return new Promise((resolve, reject) => {
    const child = spawnMedusa(root, args, env, { profiled, stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.pipe(out)
    child.stderr.pipe(out)
    child.on("exit", (code) =>
      code === 0
        ? resolve(out.path)
        : reject(new Error(`medusa ${args.join(" ")} failed (exit ${code}); see ${out.path}`))
    )
  })
}

/** Migrates and seeds; returns the seed summary (ids, publishable key, admin). */
export async function migrateAndSeed(root, logDir, env) {
  await runMedusa(root, logDir, "migrate", ["db:migrate"], env)
  const seedOutput = path.join(logDir, "seed.json")
  await runMedusa(root, logDir, "seed", ["exec", "./src/scripts/seed.ts"], {
    ...env,
    SEED_OUTPUT: seedOutput,
  })
  return JSON.parse(readFileSync(seedOutput, "utf8"))
}

/**
 * Starts `medusa start` in its own process group and waits for `/health`.
 * `stop()` ends it with SIGTERM, `kill()` with SIGKILL (a crash).
 */
export async function startStore(root, logDir, env, { port, name = "store" }) {
  const log = createWriteStream(path.join(logDir, `${name}.log`), { flags: "a" })
  const child = spawnMedusa(
    root,
    ["start"],
    { ...env, PORT: String(port) },
    {
      profiled: true,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }
  )
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const baseUrl = `http://localhost:${port}`
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const signal = async (name, timeoutMs) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid, name)
    } catch {
      return
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, timeoutMs))])
  }
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`the store exited (${child.exitCode}); see ${log.path}`)
      return fetch(`${baseUrl}/health`)
        .then((response) => response.ok)
        .catch(() => false)
    },
    { timeoutMs: 180_000, intervalMs: 250, what: "the store to answer /health" }
  )
  return {
    baseUrl,
    pid: child.pid,
    logPath: log.path,
    stop: () => signal("SIGTERM", 15_000),
    kill: () => signal("SIGKILL", 5_000),
  }
}
