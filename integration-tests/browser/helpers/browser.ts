import { chromium, type Browser, type Locator, type Page } from "playwright-core"
import { copyFileSync, mkdirSync } from "node:fs"
import path from "node:path"

/** Debian's Chromium (`apt-get install chromium`); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Containers often give /dev/shm 64 MB; renderers then stall. Use /tmp instead.
  "--disable-dev-shm-usage",
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true })
}

const root = path.resolve(__dirname, "..", "..", "..")

/** Screenshots of the run (git-ignored). */
export const SCREENSHOT_DIR = path.join(root, ".data", "screenshots")

/** The screenshots of the README and docs/admin.md, refreshed from a run with UPDATE_DOC_SCREENSHOTS=1. */
export const DOC_SCREENSHOT_DIR = path.join(root, "docs", "screenshots")

function publish(file: string, docName: string | undefined): void {
  if (!docName || process.env.UPDATE_DOC_SCREENSHOTS !== "1") return
  mkdirSync(DOC_SCREENSHOT_DIR, { recursive: true })
  copyFileSync(file, path.join(DOC_SCREENSHOT_DIR, `${docName}.png`))
}

/** A screenshot of the viewport; `docName` also makes it the docs' picture of that name. */
export async function screenshot(page: Page, name: string, docName?: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file })
  publish(file, docName)
  return file
}

/** Waits until the dashboard's toasts are gone, so they do not cover a screenshot. */
export async function waitForToastsToClear(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("[data-sonner-toast]").length === 0, undefined, {
    timeout: timeoutMs,
  })
}

/** A screenshot of one element (a widget); `docName` as for {@link screenshot}. */
export async function screenshotOf(locator: Locator, name: string, docName?: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await locator.screenshot({ path: file })
  publish(file, docName)
  return file
}

/** Signs in on the dashboard's login form, as staff do. */
export async function logInToAdmin(page: Page, url: string, email: string, password: string): Promise<void> {
  // The first visit compiles the dashboard through Vite: allow for it.
  await page.goto(`${url}/app/login`, { timeout: 300_000 })
  await page.getByPlaceholder("Email").fill(email)
  await page.getByPlaceholder("Password").fill(password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((target) => !target.pathname.startsWith("/app/login"), { timeout: 60_000 })
}

/** How long one step in a page opened by {@link inOwnBrowserContext} may take on a loaded machine. */
const OWN_CONTEXT_TIMEOUT_MS = 45_000

/**
 * Runs `steps` on a page in a browser context of its own (its own cookies, as a second person's
 * browser), with generous per-step timeouts, and always closes it — a close that hangs is given
 * up after a few seconds so it cannot eat the test's time.
 */
export async function inOwnBrowserContext<T>(
  browser: Browser,
  steps: (page: Page) => Promise<T>
): Promise<T> {
  const context = await browser.newContext()
  context.setDefaultTimeout(OWN_CONTEXT_TIMEOUT_MS)
  context.setDefaultNavigationTimeout(OWN_CONTEXT_TIMEOUT_MS)
  try {
    return await steps(await context.newPage())
  } finally {
    await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())])
  }
}
