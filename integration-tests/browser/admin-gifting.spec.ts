import type { Browser, BrowserContext, Page, Route } from "playwright-core"
import { UgiftmeClient } from "../../src/lib/ugiftme"
import { startGiftyzetSandbox, type GiftyzetSandbox } from "@medusa-plugin-gifting/sandbox/giftyzet"
import {
  startUgiftmeSandbox,
  UgiftmeSandboxControl,
  type UgiftmeSandbox,
} from "@medusa-plugin-gifting/sandbox/ugiftme"
import {
  inOwnBrowserContext,
  launchChromium,
  logInToAdmin,
  screenshot,
  screenshotOf,
  waitForToastsToClear,
} from "./helpers/browser"
import { startDevStore, type DevStore } from "./helpers/dev-store"
import { DevStoreApi, GIFT_PROVIDER_ID, VOUCHER_PROVIDER_ID } from "./helpers/store-api"
import { eventually, waitForText } from "./helpers/wait-for"

jest.setTimeout(240_000)

const GIFTYZET_KEY = `gfty_live_${"7b".repeat(24)}`
const UGIFTME_KEY = "5f0c9a5e-2a61-4c4e-9d0b-3c1f7e2b8a90"
/** Each wallet of the sandbox account opens with this much: two £25 vouchers, not three. */
const OPENING_BALANCE = 60
const ADMIN = { email: "admin@example.com", password: "supersecret" }
const RECIPIENT = {
  recipient_name: "Rosa Recipient",
  recipient_email: "rosa@example.com",
  gift_message: "Happy birthday!",
}
const CONFIRMED_ADDRESS = "4 Orchard Row\nLondon N1 7GU\nUnited Kingdom"

type AdminGift = {
  status: string
  recipient_link: string | null
  order_number: string | null
  sync: { state: string; attempts: number; last_error: string | null }
  claim: { deadline: string | null; state: string; outcome: string | null }
}
type AdminVoucher = { id: string; status: string; error: string | null }

/**
 * The admin extensions in a real browser: the repository's dev store is
 * booted with the admin served and the plugin loaded, pointed at the partner
 * sandboxes; staff sign in and look at orders and at Settings → Gifting.
 * The tests run in order, as one staff session.
 */
describe("admin: gift and voucher widgets, Gifting settings (Chromium)", () => {
  let giftyzet: GiftyzetSandbox
  let ugiftme: UgiftmeSandbox
  let ugiftmeControl: UgiftmeSandboxControl
  let ugiftmeApi: UgiftmeClient
  let store: DevStore
  let api: DevStoreApi
  let browser: Browser
  /** One staff session (signed in once); each test gets its own tab of it. */
  let staff: BrowserContext
  let page: Page
  let giftOrderId: string
  let failedGiftOrderId: string
  let plainOrderId: string
  let voucherOrderId: string
  let giftOptionId: string

  const gift = async (orderId: string) =>
    (await api.admin<{ gift_order: AdminGift }>(`/admin/gifting/orders/${orderId}`)).gift_order
  const vouchers = async (orderId: string) =>
    (await api.admin<{ vouchers: AdminVoucher[] }>(`/admin/gifting/orders/${orderId}/vouchers`)).vouchers

  /** Calls a Giftyzet sandbox control endpoint (faults). */
  async function giftyzetControl(method: string, path: string, body?: unknown): Promise<void> {
    const response = await fetch(`${giftyzet.url}/__sandbox/giftyzet${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`Giftyzet sandbox ${method} ${path} answered ${response.status}`)
  }

  /** Opens an order page; resolves with the status of the gift widget's request about it. */
  async function openOrder(orderId: string): Promise<number> {
    const answered = page.waitForResponse(
      (response) =>
        response.request().method() === "GET" &&
        new URL(response.url()).pathname.endsWith(`/admin/gifting/orders/${orderId}`),
      { timeout: 60_000 }
    )
    await page.goto(`${store.url}/app/orders/${orderId}`)
    return (await answered).status()
  }

  beforeAll(async () => {
    giftyzet = await startGiftyzetSandbox({ apiKeys: [GIFTYZET_KEY] })
    ugiftme = await startUgiftmeSandbox({ apiKeys: [UGIFTME_KEY], initialBalance: OPENING_BALANCE })
    ugiftmeControl = new UgiftmeSandboxControl(ugiftme.url)
    ugiftmeApi = new UgiftmeClient({ baseUrl: ugiftme.url, apiKey: UGIFTME_KEY })
    store = await startDevStore({
      adminEmail: ADMIN.email,
      adminPassword: ADMIN.password,
      env: {
        GIFTYZET_BASE_URL: giftyzet.url,
        GIFTYZET_API_KEY: GIFTYZET_KEY,
        UGIFTME_BASE_URL: ugiftme.url,
        UGIFTME_API_KEY: UGIFTME_KEY,
        UGIFTME_PURCHASE_ON: "placement",
        // The local provider records the buyer's reminders (email) instead of sending them.
        GIFTING_DEV_NOTIFICATIONS: "local",
      },
    })
    api = new DevStoreApi(store.url, store.seed)
    await api.login(ADMIN.email, ADMIN.password)

    giftOptionId = await api.createShippingOption({
      name: "Send as a gift",
      providerId: GIFT_PROVIDER_ID,
      prices: [
        { currency_code: "eur", amount: 4.5 },
        { currency_code: "gbp", amount: 3.9 },
      ],
    })
    const voucherOptionId = await api.createShippingOption({
      name: "Digital voucher by email",
      providerId: VOUCHER_PROVIDER_ID,
      prices: [
        { currency_code: "eur", amount: 0 },
        { currency_code: "gbp", amount: 0 },
      ],
    })
    const voucherVariantId = await api.createProduct("Amazon.co.uk gift card £25", [
      { currency_code: "gbp", amount: 25 },
    ])
    // A second one, which staff map to UGiftMe in the settings page.
    await api.createProduct("Amazon.co.uk gift card £10", [{ currency_code: "gbp", amount: 10 }])
    await api.admin("/admin/gifting/voucher-products", {
      method: "POST",
      body: JSON.stringify({ variant_id: voucherVariantId, product_code: "AMAZON_UK_STD" }),
    })

    giftOrderId = await api.placeOrder({ shippingOptionId: giftOptionId, shippingData: RECIPIENT })
    // Created at Giftyzet by a subscriber; wait for it before arming the fault below.
    await eventually(async () => (await gift(giftOrderId)).recipient_link)
    // Giftyzet refuses the next create (a 400 is not retried by itself): this gift waits for staff.
    await giftyzetControl("POST", "/faults", {
      kind: "error",
      status: 400,
      count: 1,
      method: "POST",
      path_prefix: "/api/plugin/v1/orders",
    })
    failedGiftOrderId = await api.placeOrder({
      shippingOptionId: giftOptionId,
      shippingData: { recipient_name: "Sam Recipient", recipient_email: "sam@example.com" },
    })
    plainOrderId = await api.placeOrder({ shippingOptionId: await api.manualShippingOptionId() })
    voucherOrderId = await api.placeOrder({
      shippingOptionId: voucherOptionId,
      variantId: voucherVariantId,
      quantity: 3,
      currency: "gbp",
      shippingData: { recipient_email: "friend@example.com", recipient_name: "A Friend" },
    })

    browser = await launchChromium()
    staff = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
    const signIn = await staff.newPage()
    await logInToAdmin(signIn, store.url, ADMIN.email, ADMIN.password)
    await signIn.close()
    // Booting the store (migrate, seed, start) and placing the orders takes minutes on a loaded machine.
  }, 600_000)

  // A tab per test: a test that failed half-way cannot act on the next test's page.
  beforeEach(async () => {
    page = await staff.newPage()
  })

  afterEach(async () => {
    await page?.close()
  })

  afterAll(async () => {
    await browser?.close()
    await store?.stop()
    await Promise.all([giftyzet?.close(), ugiftme?.close()])
    if (store) {
      console.log(
        `browser suite: boot timings (ms) ${JSON.stringify(store.timings)}; logs in ${store.logDir}`
      )
    }
  })

  it("shows a gift order as pending, with its recipient link and Giftyzet order number", async () => {
    // The Giftyzet order is created by a subscriber after the order is placed.
    const created = await eventually(async () => {
      const current = await gift(giftOrderId)
      return current.recipient_link ? current : undefined
    })
    expect(await openOrder(giftOrderId)).toBe(200)

    const widget = page.getByTestId("gift-widget")
    expect(await waitForText(widget.getByTestId("gift-link"), "/gift-receiver/")).toBe(created.recipient_link)
    expect(created.recipient_link).toMatch(new RegExp(`^${giftyzet.url}/gift-receiver/[A-Za-z0-9_-]{20,}$`))
    expect(await widget.getByTestId("gift-status").getAttribute("data-status")).toBe("pending")
    expect(await widget.getByTestId("gift-status").innerText()).toBe("Pending")
    expect(await widget.getByTestId("gift-order-number").innerText()).toBe(created.order_number)
    expect(await widget.innerText()).toContain("Rosa Recipient")
    expect(await widget.innerText()).toContain("Waiting for the recipient")
    expect(await widget.getByRole("link", { name: "Open recipient link" }).getAttribute("href")).toBe(
      created.recipient_link
    )
    expect(await widget.getByRole("button", { name: "Refresh status" }).isEnabled()).toBe(true)
    expect(await widget.getByTestId("gift-recipient").count()).toBe(0)
    // Other widgets stay out of an order without vouchers.
    expect(await page.getByTestId("vouchers-widget").count()).toBe(0)
    await screenshot(page, "order-gift-pending")
    await screenshotOf(widget, "gift-widget-pending", "gift-widget-pending")
  })

  it("shows the recipient's address after they confirm on Giftyzet's page and staff press Refresh status", async () => {
    const { recipient_link } = await gift(giftOrderId)

    // The recipient fills in Giftyzet's plain HTML form in their own browser (a real form POST).
    const confirmation = await inOwnBrowserContext(browser, async (recipientPage) => {
      await recipientPage.goto(recipient_link!)
      await recipientPage.getByLabel("Delivery address").fill(CONFIRMED_ADDRESS)
      await recipientPage.getByLabel("Phone").fill("+44 20 7946 0958")
      const [submitted] = await Promise.all([
        recipientPage.waitForResponse((response) => response.request().method() === "POST"),
        recipientPage.getByRole("button", { name: /Confirm details/ }).click(),
      ])
      return submitted.status()
    })
    expect(confirmation).toBe(200)

    // The widget shows what the store knew when the page loaded; Refresh asks Giftyzet now.
    await openOrder(giftOrderId)
    const widget = page.getByTestId("gift-widget")
    const synced = page.waitForResponse(
      (response) => response.request().method() === "POST" && response.url().endsWith(`/${giftOrderId}/sync`)
    )
    await widget.getByRole("button", { name: "Refresh status" }).click()
    const answer = await synced
    expect(answer.status()).toBe(200)
    expect((await answer.json()).gift_order.status).toBe("confirmed")

    expect(await waitForText(widget.getByTestId("gift-status"), "Confirmed")).toBe("Confirmed")
    expect(await widget.getByTestId("gift-status").getAttribute("data-status")).toBe("confirmed")
    expect(await waitForText(widget.getByTestId("gift-recipient-address"), "Orchard Row")).toBe(
      CONFIRMED_ADDRESS
    )
    const recipient = await widget.getByTestId("gift-recipient").innerText()
    expect(recipient).toContain("rosa@example.com")
    expect(recipient).toContain("+44 20 7946 0958")
    expect(await widget.getByTestId("gift-timeline").innerText()).not.toContain("Waiting for the recipient")
    expect(await waitForText(page.getByText("Gift status refreshed"), "Gift status refreshed")).toBe(
      "Gift status refreshed"
    )
    expect((await gift(giftOrderId)).status).toBe("confirmed")
    await waitForToastsToClear(page)
    await screenshotOf(widget, "gift-widget-confirmed", "gift-widget-confirmed")
  })

  it("shows a gift Giftyzet refused with the reason and attempts, and creates it on Retry sync", async () => {
    const failed = await eventually(async () => {
      const current = await gift(failedGiftOrderId)
      return current.sync.state === "failed" ? current : undefined
    })
    expect(await openOrder(failedGiftOrderId)).toBe(200)
    const widget = page.getByTestId("gift-widget")
    const notice = widget.getByTestId("gift-sync-notice")
    expect(await waitForText(notice, "Could not create the gift at Giftyzet")).toContain("1 attempt")
    expect(await notice.getAttribute("data-sync-state")).toBe("failed")
    expect(await widget.getByTestId("gift-sync-error").innerText()).toBe(failed.sync.last_error)
    expect(failed.sync.last_error).toContain("400")
    expect(await widget.innerText()).toContain("Appears once the gift is created at Giftyzet")
    expect(await widget.getByRole("button", { name: "Refresh status" }).count()).toBe(0)

    // The answer is held back until the button has been seen busy: it is busy until the answer is there.
    // (Holding the admin's own request, not a sandbox latency fault: a background job's create could take that.)
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    const syncPath = `/admin/gifting/orders/${failedGiftOrderId}/sync`
    const isSync = (url: URL) => url.pathname === syncPath
    const holdSync = async (route: Route) => {
      await held
      await route.continue()
    }
    await page.route(isSync, holdSync, { times: 1 })
    const retry = widget.getByRole("button", { name: "Retry sync" })
    await retry.click()
    expect(await eventually(async () => (await retry.isDisabled()) || undefined)).toBe(true)
    release()
    expect(await waitForText(page.getByText("Gift created at Giftyzet"), "Gift created at Giftyzet")).toBe(
      "Gift created at Giftyzet"
    )
    const created = await gift(failedGiftOrderId)
    expect(created.sync.state).toBe("synced")
    expect(await waitForText(widget.getByTestId("gift-link"), "/gift-receiver/")).toBe(created.recipient_link)
    expect(await widget.getByTestId("gift-sync-notice").count()).toBe(0)
    expect(await widget.getByRole("button", { name: "Refresh status" }).isEnabled()).toBe(true)
  })

  it("shows no gift or voucher card on an order that is neither", async () => {
    const vouchersAsked = page.waitForResponse((response) =>
      response.url().endsWith(`/admin/gifting/orders/${plainOrderId}/vouchers`)
    )
    expect(await openOrder(plainOrderId)).toBe(404)
    expect((await vouchersAsked).status()).toBe(200)
    // The order page itself rendered, and both answers have been handled.
    await page.getByText("Summary", { exact: true }).first().waitFor()
    await page.waitForTimeout(500)
    expect(await page.getByTestId("gift-widget").count()).toBe(0)
    expect(await page.getByTestId("vouchers-widget").count()).toBe(0)
    expect(await page.getByText("Recipient link").count()).toBe(0)
  })

  it("shows each voucher's status, the failure for want of funds with the wallet balance, and retries it", async () => {
    // Bought after order.placed: two fit in the wallet, the third is refused (402).
    const settled = await eventually(async () => {
      const current = await vouchers(voucherOrderId)
      return current.length === 3 &&
        current.every((voucher) => ["succeeded", "failed"].includes(voucher.status))
        ? current
        : undefined
    }, 30_000)
    expect(settled.map((voucher) => voucher.status).sort()).toEqual(["failed", "succeeded", "succeeded"])

    await page.goto(`${store.url}/app/orders/${voucherOrderId}`)
    const widget = page.getByTestId("vouchers-widget")
    const rows = widget.getByTestId("voucher-row")
    expect(await waitForText(widget, "friend@example.com")).toContain("Amazon UK")
    expect(await rows.count()).toBe(3)
    const statuses = await rows
      .getByTestId("voucher-status")
      .evaluateAll((badges) => badges.map((badge) => badge.getAttribute("data-status")))
    expect(statuses.sort()).toEqual(["failed", "succeeded", "succeeded"])
    expect(await widget.getByTestId("voucher-error").innerText()).toContain("UGiftMe wallet balance too low")
    const balance = await waitForText(widget.getByTestId("voucher-wallet-balance"), "£10.00")
    expect(balance).toBe("GBP wallet: £10.00 available")
    expect(await page.getByTestId("gift-widget").count()).toBe(0)
    // Voucher codes are the recipient's: never on the page.
    const { orders } = await ugiftmeApi.listOrders()
    const codes = orders
      .map((order) => order.merchant?.voucherCode)
      .filter((code): code is string => Boolean(code))
    expect(codes).toHaveLength(2)
    const html = await page.content()
    for (const code of codes) expect(html).not.toContain(code)
    await screenshotOf(widget, "voucher-widget-failed", "voucher-widget")

    await ugiftmeControl.fundWallet(UGIFTME_KEY, "GBP", 100)
    const retry = widget.getByRole("button", { name: "Retry" })
    expect(await retry.count()).toBe(1)
    await retry.click()
    expect(await waitForText(page.getByText("Voucher retried"), "Voucher retried")).toBe("Voucher retried")
    expect(await waitForText(widget.getByTestId("vouchers-summary"), "3 succeeded")).toBe("3 succeeded")
    expect(await widget.getByTestId("voucher-funds-notice").count()).toBe(0)
    expect(await widget.getByRole("button", { name: "Retry" }).count()).toBe(0)
    expect((await vouchers(voucherOrderId)).every((voucher) => voucher.status === "succeeded")).toBe(true)
  })

  it("shows the partner connections, the UGiftMe wallet, its transactions and the webhook on Settings → Gifting", async () => {
    const checked = page.waitForResponse((response) => response.url().endsWith("/admin/gifting/connections"))
    await page.goto(`${store.url}/app/settings/gifting`)
    expect((await checked).status()).toBe(200)

    const giftyzetRow = page.getByTestId("partner-giftyzet")
    expect(await waitForText(giftyzetRow, "Key not verifiable")).toContain("Configured")
    expect(await giftyzetRow.innerText()).toContain(giftyzet.url)
    const ugiftmeRow = page.getByTestId("partner-ugiftme")
    expect(await waitForText(ugiftmeRow, "Key accepted")).toContain("verified")
    expect(await ugiftmeRow.innerText()).toContain(ugiftme.url)

    // The balance UGiftMe reports now: 60 − 3 × 25 + 100.
    const live = (await ugiftmeApi.getBalance()).find((wallet) => wallet.currency === "GBP")!
    expect(live.availableBalance ?? live.balance).toBe(85)
    const gbp = page.locator('[data-testid="wallet-balance"][data-currency="GBP"]')
    expect(await waitForText(gbp, "£85.00")).toContain("£85.00")

    // Below the threshold the merchant sets, the page warns.
    expect(await page.getByTestId("low-balance-warning").count()).toBe(0)
    await page.getByLabel("Warn below").fill("70")
    await page.getByRole("button", { name: "Save threshold" }).click()
    const warning = await waitForText(page.getByTestId("low-balance-warning"), "Low balance")
    expect(warning).toContain("€60.00")
    expect(warning).not.toContain("£85.00")

    const transactions = page.getByTestId("wallet-transaction")
    // Every movement UGiftMe lists: three opening balances, three purchases, one funding.
    await waitForText(page.getByTestId("ugiftme-transactions"), "Purchase of AMAZON_UK_STD")
    const { transactions: reported } = await ugiftmeApi.listTransactions({ page: 1, limit: 10 })
    expect(reported).toHaveLength(7)
    expect(await transactions.count()).toBe(reported.length)

    const webhook = page.getByTestId("ugiftme-webhook")
    expect(await waitForText(webhook.getByTestId("webhook-state"), "Not registered")).toBe("Not registered")
    await webhook.getByLabel("Receiver URL").fill(`${store.url}/hooks/gifting/ugiftme`)
    await webhook.getByRole("button", { name: "Register" }).click()
    expect(await waitForText(webhook.getByTestId("webhook-state"), "Registered")).toBe("Registered")
    expect(await webhook.innerText()).toContain("order.succeeded")
    await webhook.getByRole("button", { name: "Send test" }).click()
    expect(await waitForText(page.getByText("Test delivery received"), "Test delivery received")).toBe(
      "Test delivery received"
    )
    await waitForToastsToClear(page)
    await page.setViewportSize({ width: 1440, height: 2300 })
    await screenshot(page, "settings-gifting", "settings-gifting")
    await page.setViewportSize({ width: 1440, height: 1000 })
  })

  it("maps a variant to a UGiftMe product from the settings page", async () => {
    await page.goto(`${store.url}/app/settings/gifting`)
    const section = page.getByTestId("voucher-products")
    const rows = section.getByTestId("voucher-product-row")
    // The variant's title arrives after the mapping (the row shows its id until then).
    expect(await waitForText(rows.first(), "Amazon.co.uk gift card £25")).toContain("AMAZON_UK_STD")
    expect(await rows.count()).toBe(1)

    await section.getByRole("button", { name: "Add" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByPlaceholder("Search products, variants or SKUs").fill("£10")
    await drawer.getByRole("combobox", { name: "Product variant" }).click()
    await page.getByRole("option", { name: /Amazon\.co\.uk gift card £10/ }).click()
    await drawer.getByRole("combobox", { name: "UGiftMe product" }).click()
    await page.getByRole("option", { name: /Amazon\.co\.uk Gift Card · Amazon UK · GBP/ }).click()
    await drawer.getByRole("button", { name: "Save" }).click()

    await waitForText(page.getByText("Variant mapped to a UGiftMe product"), "mapped")
    expect(await waitForText(section, "gift card £10")).toContain("Amazon.co.uk gift card £10")
    expect(await rows.count()).toBe(2)
    const { voucher_products } = await api.admin<{ voucher_products: { product_code: string }[] }>(
      "/admin/gifting/voucher-products"
    )
    expect(voucher_products).toHaveLength(2)
  })

  it("lists gift orders with a status filter and search, linking to the order page", async () => {
    await page.goto(`${store.url}/app/settings/gifting/gift-orders`)
    const list = page.getByTestId("gift-orders")
    const rows = list.getByTestId("gift-orders-row")
    const filter = list.getByRole("combobox", { name: "Filter by status" })
    const chooseStatus = async (name: string) => {
      await filter.click()
      await page.getByRole("option", { name }).click()
    }
    const rowIds = () => rows.evaluateAll((found) => found.map((row) => row.getAttribute("data-order-id")))
    /** The listed order ids once they are `expected` (the list refetches after a filter change), else the last seen. */
    const listed = (expected: string[]) =>
      eventually(async () => {
        const ids = await rowIds()
        return JSON.stringify(ids) === JSON.stringify(expected) ? ids : undefined
      }, 10_000).catch(rowIds)

    // Newest first: the gift created on Retry sync, then the confirmed one.
    expect(await waitForText(rows.nth(1), "Confirmed")).toContain("Rosa Recipient")
    expect(await listed([failedGiftOrderId, giftOrderId])).toEqual([failedGiftOrderId, giftOrderId])

    await chooseStatus("Pending")
    expect(await listed([failedGiftOrderId])).toEqual([failedGiftOrderId])
    expect(await waitForText(rows.first(), "Pending")).toContain("Synced")

    await chooseStatus("Delivered")
    expect(await waitForText(list, "No gift matches")).toContain("No gift matches these filters.")

    await chooseStatus("All statuses")
    await list.getByRole("searchbox", { name: "Search gift orders" }).fill(giftOrderId.slice(-8))
    expect(await listed([giftOrderId])).toEqual([giftOrderId])
    expect(await waitForText(rows.first(), "jane.buyer@example.com")).toContain("#1")
    await screenshot(page, "settings-gift-orders")

    await rows.first().getByRole("link").click()
    await page.waitForURL(`**/app/orders/${giftOrderId}`)
    expect(await waitForText(page.getByTestId("gift-widget").getByTestId("gift-status"), "Confirmed")).toBe(
      "Confirmed"
    )
  })

  it("shows a gift's deadline, its reminder and its expiry with the staff actions, and extends it at once", async () => {
    const orderId = await api.placeOrder({
      shippingOptionId: giftOptionId,
      shippingData: { recipient_name: "Kim Recipient", recipient_email: "kim@example.com" },
    })
    await eventually(async () => {
      const current = await gift(orderId)
      return Boolean(current.recipient_link && current.claim.deadline)
    })
    // Days pass for the claim window: the day-3 reminder, then the 14-day deadline (the store keeps the real time).
    await store.exec("./src/scripts/run-gift-claim-window.ts", ["3", "15"])
    expect((await gift(orderId)).claim).toMatchObject({ state: "expired", outcome: "notify_staff" })

    expect(await openOrder(orderId)).toBe(200)
    const claim = page.getByTestId("gift-widget").getByTestId("gift-claim-window")
    expect(await waitForText(claim.getByTestId("gift-claim-state"), "Expired")).toContain("Waiting for staff")
    expect(await claim.getByTestId("gift-claim-deadline").innerText()).not.toBe("—")
    const timeline = claim.getByTestId("gift-claim-timeline-entry")
    const types = await timeline.evaluateAll((entries) =>
      entries.map((entry) => entry.getAttribute("data-type"))
    )
    expect(types).toEqual(["reminder_sent", "expired", "outcome"])
    expect(await timeline.first().innerText()).toContain("day 3: buyer:email")
    const actions = claim.getByTestId("gift-claim-actions").getByRole("button")
    expect(await actions.allInnerTexts()).toEqual(["Extend 7 days", "Ship to buyer", "Cancel & refund"])
    await screenshotOf(claim, "gift-claim-expired")

    // Extend: the window is open again at once, with a later deadline and the link to resend.
    const deadlineBefore = await claim.getByTestId("gift-claim-deadline").innerText()
    await claim.getByRole("button", { name: "Extend 7 days" }).click()
    expect(await waitForText(page.getByText("Deadline extended by 7 days"), "Deadline extended")).toBe(
      "Deadline extended by 7 days"
    )
    expect(await waitForText(claim.getByTestId("gift-claim-state"), "Waiting for the recipient")).toBe(
      "Waiting for the recipient"
    )
    expect(await claim.getByTestId("gift-claim-deadline").innerText()).not.toBe(deadlineBefore)
    expect(await actions.allInnerTexts()).toEqual([
      "Extend 7 days",
      "Resend link",
      "Ship to buyer",
      "Cancel & refund",
    ])
    expect(await timeline.last().innerText()).toContain("extended")
    expect((await gift(orderId)).claim.state).toBe("open")

    // The gift orders list shows each gift's deadline and where its claim stands.
    await page.goto(`${store.url}/app/settings/gifting/gift-orders`)
    const row = page.locator(`[data-testid="gift-orders-row"][data-order-id="${orderId}"]`)
    expect(
      await waitForText(row.getByTestId("gift-orders-claim"), "Waiting for the recipient")
    ).not.toContain("—")
    // The gift created on Retry sync was still pending too: it expired on the same run.
    const failedRow = page.locator(`[data-testid="gift-orders-row"][data-order-id="${failedGiftOrderId}"]`)
    expect(await waitForText(failedRow.getByTestId("gift-orders-claim"), "Expired")).toContain(
      "Waiting for staff"
    )
  })
})
