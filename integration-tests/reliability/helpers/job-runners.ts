import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, readFile, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import type { JobRunReport } from "../scripts/run-jobs-on-signal"

export type { JobRunReport }

const root = path.resolve(__dirname, "..", "..", "..")
const medusa = path.join(root, "node_modules", ".bin", "medusa")
const SCRIPT = "./integration-tests/reliability/scripts/run-jobs-on-signal.ts"

export type JobRunners = {
  /** Resolves when every process has booted and waits for the signal. */
  ready(): Promise<void>
  /** The signal: every process runs the plugin's jobs now, at the same moment. */
  go(): Promise<void>
  /** Each process's reports, once all of them exited. */
  reports(): Promise<JobRunReport[][]>
  /** Each process's output so far, for the leak scan. */
  outputs(): string[]
  /** Kills the processes still running (after a failure). */
  kill(): void
}

type Runner = { ready: string; output: string; exited: Promise<void>; log: () => string; kill: () => void }

function startRunner(env: NodeJS.ProcessEnv, files: { ready: string; output: string; go: string }): Runner {
  const child = spawn(medusa, ["exec", SCRIPT], {
    cwd: root,
    env: {
      ...env,
      RELIABILITY_READY: files.ready,
      RELIABILITY_GO: files.go,
      RELIABILITY_OUTPUT: files.output,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  let log = ""
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()))
  const exited = new Promise<void>((resolve, reject) =>
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`job runner exited ${code}:\n${log.slice(-4000)}`))
    )
  )
  // Reported by `ready` or `reports`; never an unhandled rejection meanwhile.
  exited.catch(() => {})
  const kill = () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid!, "SIGKILL")
    } catch {
      // already gone
    }
  }
  return { ...files, exited, log: () => log, kill }
}

/**
 * `count` extra processes of the store (`medusa exec` of
 * scripts/run-jobs-on-signal.ts) that boot, then wait for one signal to run
 * the plugin's scheduled jobs all at once: how schedulers firing on several
 * instances at the same moment would run them.
 */
export async function startJobRunners(env: NodeJS.ProcessEnv, count: number): Promise<JobRunners> {
  const dir = await mkdtemp(path.join(tmpdir(), "gifting-scale-out-"))
  const go = path.join(dir, "go")
  const runners = Array.from({ length: count }, (_, index) =>
    startRunner(env, {
      ready: path.join(dir, `ready-${index}`),
      output: path.join(dir, `jobs-${index}.json`),
      go,
    })
  )
  return {
    async ready() {
      const deadline = Date.now() + 150_000
      while (!runners.every((runner) => existsSync(runner.ready))) {
        const failed = await Promise.race([
          ...runners.map((runner) =>
            runner.exited.then(
              () => undefined,
              (error: Error) => error
            )
          ),
          new Promise<undefined>((resolve) => setTimeout(resolve, 100)),
        ])
        if (failed) throw failed
        if (Date.now() > deadline) throw new Error("the job runners did not boot within 150 s")
      }
    },
    go: () => writeFile(go, "go"),
    async reports() {
      await Promise.all(runners.map((runner) => runner.exited))
      return Promise.all(
        runners.map(async (runner) => JSON.parse(await readFile(runner.output, "utf8")) as JobRunReport[])
      )
    },
    outputs: () => runners.map((runner) => runner.log()),
    kill: () => runners.forEach((runner) => runner.kill()),
  }
}
