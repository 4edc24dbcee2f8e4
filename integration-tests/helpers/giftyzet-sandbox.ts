import {
  startGiftyzetSandbox,
  type GiftyzetSandbox,
  type GiftyzetSandboxOptions,
} from "@medusa-plugin-gifting/sandbox/giftyzet"

export const GIFTYZET_TEST_KEY = `gfty_live_${"5a".repeat(24)}`

export type GiftyzetSandboxHandle = {
  readonly sandbox: GiftyzetSandbox
  /** Calls a `/__sandbox/giftyzet` control endpoint and returns its JSON. */
  control<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>
}

/**
 * Starts the Giftyzet sandbox on loopback before the app boots and points the
 * plugin at it through its env vars (declare it before
 * `medusaIntegrationTestRunner`, whose own `beforeAll` runs after this one).
 */
export function useGiftyzetSandbox(
  options: GiftyzetSandboxOptions = {},
  env: Record<string, string> = {}
): GiftyzetSandboxHandle {
  let sandbox: GiftyzetSandbox | undefined
  const saved: Record<string, string | undefined> = {}
  const handle: GiftyzetSandboxHandle = {
    get sandbox() {
      if (!sandbox) throw new Error("the Giftyzet sandbox is not started")
      return sandbox
    },
    async control(method, path, body) {
      const response = await fetch(`${handle.sandbox.url}/__sandbox/giftyzet${path}`, {
        method,
        headers: body === undefined ? undefined : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`sandbox ${method} ${path} answered ${response.status}`)
      return (await response.json()) as never
    },
  }
  beforeAll(async () => {
    sandbox = await startGiftyzetSandbox({ apiKeys: [GIFTYZET_TEST_KEY], ...options })
    const vars = {
      GIFTYZET_BASE_URL: sandbox.url,
      GIFTYZET_API_KEY: GIFTYZET_TEST_KEY,
      GIFTYZET_TIMEOUT_MS: "1000",
      ...env,
    }
    for (const [name, value] of Object.entries(vars)) {
      saved[name] = process.env[name]
      process.env[name] = value
    }
  })
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    await sandbox?.close()
  })
  return handle
}

/** Polls `check` until it returns a value (not undefined/false) or the time is up. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value !== undefined && value !== false) return value
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(
    `condition not met within ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ""}`
  )
}
