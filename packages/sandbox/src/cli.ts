import { parseSandboxArgs, SANDBOX_USAGE } from "./cli-args"
import { startSandboxes } from "./start-sandboxes"

/**
 * `gifting-sandbox` / `npm run sandbox`: both partner sandboxes until Ctrl-C.
 * Prints one JSON line with their URLs and keys when ready (the only line on
 * stdout, so scripts can read it); everything else goes to stderr.
 */
export async function runSandboxCli(argv: string[]): Promise<void> {
  let options
  try {
    options = parseSandboxArgs(argv)
  } catch (error) {
    process.stderr.write(`gifting-sandbox: ${(error as Error).message}\n\n${SANDBOX_USAGE}`)
    process.exitCode = 2
    return
  }
  if (options.help) {
    process.stdout.write(SANDBOX_USAGE)
    return
  }
  const sandboxes = await startSandboxes(options)
  process.stdout.write(`${JSON.stringify(sandboxes.describe())}\n`)
  process.stderr.write(
    `gifting-sandbox: Giftyzet on ${sandboxes.giftyzet.url}, UGiftMe on ${sandboxes.ugiftme.url}/api/v1/business (Ctrl-C to stop)\n`
  )
  const stop = () => {
    sandboxes.close().then(() => process.exit(0))
  }
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
}
