import type { Locator } from "playwright-core"

/** Polls `check` until it returns a value (not undefined/false) or the time is up. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 20_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value !== undefined && value !== null && value !== false) return value
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(
    `condition not met within ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ""}`
  )
}

/**
 * Waits until the visible text of `locator` contains `expected` (the page may
 * still be loading or refreshing) and returns it. Fails with what was on
 * screen when it never does.
 */
export async function waitForText(
  locator: Locator,
  expected: string | RegExp,
  timeoutMs = 20_000
): Promise<string> {
  const matches = (text: string) =>
    typeof expected === "string" ? text.includes(expected) : expected.test(text)
  let last = ""
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    last = await locator.innerText({ timeout: 1_000 }).catch(() => last)
    if (matches(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(
    `expected ${String(expected)} in ${locator} within ${timeoutMs} ms; it showed: ${JSON.stringify(last)}`
  )
}
