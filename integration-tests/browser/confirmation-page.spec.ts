import type { Browser, BrowserContext, Page } from "playwright-core"
import { startGiftyzetSandbox, type GiftyzetSandbox } from "@medusa-plugin-gifting/sandbox/giftyzet"
import { launchChromium, screenshot } from "./helpers/browser"
import { startConfirmationPageServer, type ConfirmationPageServer } from "./helpers/confirmation-page"
import { readQrCode } from "./helpers/qr-code"
import { freePort, startDevStore, type DevStore } from "./helpers/dev-store"
import { DevStoreApi } from "./helpers/store-api"
import { eventually, waitForText } from "./helpers/wait-for"

jest.setTimeout(240_000)

const GIFTYZET_KEY = `gfty_live_${"c4".repeat(24)}`
const ADMIN = { email: "admin@example.com", password: "supersecret" }
const RECIPIENT = {
  recipient_name: "Rosa Recipient",
  recipient_email: "rosa@example.com",
  recipient_phone: "+44 20 7946 0958",
  gift_message: "Happy birthday, Rosa! 🎉 Love & hugs #1",
}

type AdminGift = { status: string; recipient_link: string | null }

/** The query fields of a `mailto:` or `sms:` URI, each percent-decoded once. */
function queryOf(uri: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const pair of uri
    .slice(uri.indexOf("?") + 1)
    .split("&")
    .filter(Boolean)) {
    const [name, value = ""] = pair.split("=")
    fields[name] = decodeURIComponent(value)
  }
  return fields
}

/**
 * The demo storefront's order confirmation page (the page `npm run demo`
 * serves: React 18, Medusa's JS SDK with the publishable key, the plugin's
 * `GiftShareCard`) in headless Chromium, against the dev store and the
 * Giftyzet sandbox, for a gift order placed through the Store API.
 */
describe("storefront: the demo confirmation page shares the gift link (Chromium)", () => {
  let giftyzet: GiftyzetSandbox
  let store: DevStore
  let api: DevStoreApi
  let confirmationPage: ConfirmationPageServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let orderId: string
  let link: string
  const pageErrors: string[] = []

  const gift = async () =>
    (await api.admin<{ gift_order: AdminGift }>(`/admin/gifting/orders/${orderId}`)).gift_order
  const card = () => page.getByTestId("gift-share-card")

  beforeAll(async () => {
    giftyzet = await startGiftyzetSandbox({ apiKeys: [GIFTYZET_KEY] })
    const pagePort = await freePort()
    store = await startDevStore({
      adminEmail: ADMIN.email,
      adminPassword: ADMIN.password,
      storeCors: [`http://localhost:${pagePort}`],
      env: { GIFTYZET_BASE_URL: giftyzet.url, GIFTYZET_API_KEY: GIFTYZET_KEY },
    })
    api = new DevStoreApi(store.url, store.seed)
    await api.login(ADMIN.email, ADMIN.password)
    confirmationPage = await startConfirmationPageServer({
      port: pagePort,
      backendUrl: store.url,
      publishableKey: store.seed.publishable_api_key,
    })

    const giftOptionId = store.seed.shipping_options.gift
    if (!giftOptionId) throw new Error("the seed made no gift shipping option")
    orderId = await api.placeOrder({ shippingOptionId: giftOptionId, shippingData: RECIPIENT })
    // The Giftyzet order is created by a subscriber a moment after the order is placed.
    link = (await eventually(async () => (await gift()).recipient_link ?? undefined, 60_000)) as string

    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 960, height: 620 } })
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: confirmationPage.origin })
    page = await context.newPage()
    page.on("pageerror", (error) => pageErrors.push(error.message))
  })

  afterAll(async () => {
    await browser?.close()
    await confirmationPage?.stop()
    await store?.stop()
    await giftyzet?.close()
    if (store) {
      console.log(
        `confirmation page suite: boot timings (ms) ${JSON.stringify(store.timings)}; logs in ${store.logDir}`
      )
    }
  })

  it("shows the recipient link stored for the order, read from the Store API in the browser", async () => {
    const read = page.waitForResponse(
      (response) => new URL(response.url()).pathname === `/store/gifting/orders/${orderId}`,
      { timeout: 60_000 }
    )
    await page.goto(confirmationPage.orderUrl(orderId))
    const answer = await read
    expect(answer.status()).toBe(200)
    expect(answer.request().headers()["x-publishable-api-key"]).toBe(store.seed.publishable_api_key)

    const field = card().getByLabel("Gift link", { exact: true })
    expect(await eventually(async () => (await field.inputValue()) || undefined)).toBe(link)
    expect(link).toMatch(new RegExp(`^${giftyzet.url}/gift-receiver/[A-Za-z0-9_-]{20,}$`))
    expect(await waitForText(card().getByTestId("gift-share-status"), "Waiting for the recipient")).toBe(
      "Waiting for the recipient to accept the gift"
    )
    expect(await card().getAttribute("data-gift-status")).toBe("pending")
    // The order and its recipient, read with the JS SDK, address the messages.
    expect(await waitForText(page.getByTestId("order-summary"), "a gift for Rosa Recipient")).toContain(
      "jane.buyer@example.com"
    )
    await screenshot(page, "confirmation-page", "confirmation-page")
  })

  it("puts the link on the clipboard with Copy link", async () => {
    await page.evaluate(() => navigator.clipboard.writeText("something else"))
    await card().getByRole("button", { name: "Copy link" }).click()
    expect(await waitForText(card(), "Link copied")).toContain("Link copied")
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
  })

  it("carries the link, URL-encoded, in the email and SMS targets, addressed to the recipient", async () => {
    const mailto = (await card().getByRole("link", { name: "Send by email" }).getAttribute("href"))!
    expect(mailto.startsWith("mailto:rosa@example.com?")).toBe(true)
    expect(mailto).toContain(encodeURIComponent(link))
    const { subject, body } = queryOf(mailto)
    expect(subject).toBe("A gift for you, Rosa Recipient")
    expect(body.endsWith(`\r\n\r\n${link}`)).toBe(true)
    expect(body).toContain(RECIPIENT.gift_message)

    const sms = (await card().getByRole("link", { name: "Send by SMS" }).getAttribute("href"))!
    expect(sms.startsWith("sms:+442079460958?&body=")).toBe(true)
    expect(sms).toContain(encodeURIComponent(link))
    expect(queryOf(sms).body).toBe(`Hi Rosa Recipient, I sent you a gift! Accept it here: ${link}`)
  })

  it("draws a QR code that scans to the link", async () => {
    const qr = card().getByRole("img", { name: "QR code of the gift link" })
    expect(await qr.isVisible()).toBe(true)
    expect(await readQrCode(page, qr)).toBe(link)
  })

  it("shows the confirmed state after the recipient accepts the gift", async () => {
    // The recipient submits Giftyzet's form on the page behind the link.
    const submitted = await fetch(link, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        receiver_name: RECIPIENT.recipient_name,
        receiver_email: RECIPIENT.recipient_email,
        receiver_phone: RECIPIENT.recipient_phone,
        receiver_address: "4 Orchard Row\nLondon N1 7GU\nUnited Kingdom",
      }),
    })
    expect(submitted.status).toBe(200)
    const { gift_order } = await api.admin<{ gift_order: AdminGift }>(
      `/admin/gifting/orders/${orderId}/sync`,
      { method: "POST", body: "{}" }
    )
    expect(gift_order.status).toBe("confirmed")

    // The card keeps reading the gift's state until it settles.
    expect(await waitForText(card().getByTestId("gift-share-status"), "accepted", 30_000)).toBe(
      "The recipient accepted the gift"
    )
    expect(await card().getAttribute("data-gift-status")).toBe("confirmed")
    // The store no longer hands out the link once the recipient accepted: nothing is left to share.
    expect(await card().getByLabel("Gift link", { exact: true }).count()).toBe(0)
    await screenshot(page, "confirmation-page-confirmed")
    expect(pageErrors).toEqual([])
  })
})
