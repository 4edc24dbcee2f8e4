// The admin dashboard of the install test's store in headless Chromium: staff
// sign in, the order page shows the package's gift widget, and Settings →
// Gifting is the package's page. Both come from the tarball's admin bundle.
import { chromium } from "playwright-core"

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]

export async function checkAdminDashboard({ baseUrl, email, password, giftOrderId, check }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    // The first visit has Vite compile the dashboard with the plugin's extensions: allow for it.
    await page.goto(`${baseUrl}/app/login`, { timeout: 240_000 })
    await page.getByPlaceholder("Email").fill(email, { timeout: 120_000 })
    await page.getByPlaceholder("Password").fill(password)
    await page.getByRole("button", { name: "Continue with Email" }).click()
    await page.waitForURL((target) => !target.pathname.startsWith("/app/login"), { timeout: 60_000 })

    await page.goto(`${baseUrl}/app/orders/${giftOrderId}`)
    const widget = page.getByTestId("gift-widget")
    const status = widget.getByTestId("gift-status")
    await status.waitFor({ timeout: 90_000 })
    check(
      (await status.getAttribute("data-status")) === "confirmed",
      "the admin order page shows the package's gift widget with the gift confirmed"
    )

    await page.goto(`${baseUrl}/app/settings/gifting`)
    const settings = page.getByTestId("gifting-settings")
    await settings.waitFor({ timeout: 90_000 })
    const giftyzet = page.getByTestId("partner-giftyzet")
    await giftyzet.waitFor({ timeout: 60_000 })
    check(
      (await settings.getByRole("heading", { name: "Gifting" }).count()) === 1 &&
        (await giftyzet.innerText()).includes("Configured"),
      "Settings → Gifting is the package's page, with the partner connections"
    )
  } finally {
    await browser.close()
  }
}
