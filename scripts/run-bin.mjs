// Runs a command from node_modules/.bin (or PATH) in the repository,
// forwarding Ctrl-C. `stdout: "stderr"` sends the command's standard output
// to our standard error (so ours stays free for a result).
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { root } from "./database.mjs"

export function runBin(command, commandArgs, env, { stdout = "inherit" } = {}) {
  const local = path.join(root, "node_modules", ".bin", command)
  const resolved = !command.includes("/") && existsSync(local) ? local : command
  return new Promise((resolve) => {
    const child = spawn(resolved, commandArgs, {
      stdio: ["inherit", stdout === "stderr" ? process.stderr : "inherit", "inherit"],
      env,
      cwd: root,
    })
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
