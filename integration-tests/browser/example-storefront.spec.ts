import { tmpdir } from "node:os"
import path from "node:path"
import type { Browser, BrowserContext } from "playwright-core"
import { startGiftyzetSandbox, type GiftyzetSandbox } from "@medusa-plugin-gifting/sandbox/giftyzet"
import { startUgiftmeSandbox, type UgiftmeSandbox } from "@medusa-plugin-gifting/sandbox/ugiftme"
import { launchChromium, screenshot } from "./helpers/browser"
import { freePort, startDevStore, type DevStore } from "./helpers/dev-store"
import {
  buildExampleStorefront,
  serveExampleStorefront,
  type ExampleStorefront,
} from "./helpers/example-storefront"
import { readQrCode } from "./helpers/qr-code"
import { BUYER_ADDRESS, DevStoreApi, LONDON_ADDRESS } from "./helpers/store-api"
import { StorefrontShopper } from "./helpers/storefront-shopper"
import { eventually, waitForText } from "./helpers/wait-for"

// One store boot and one `next build` for the whole file: allow for a loaded machine.
jest.setTimeout(600_000)

const GIFTYZET_KEY = `gfty_live_${"d5".repeat(24)}`
const UGIFTME_KEY = "7a1c9e5e-2b61-4c4e-9d0b-3c1f7e2b8a91"
const ADMIN = { email: "admin@example.com", password: "supersecret" }
const BUYER_EMAIL = "jane.buyer@example.com"
const CUSTOMER = { first_name: "Chris", last_name: "Customer", email: "chris.customer@example.com" }
const GIFT_RECIPIENT = { "Recipient's name": "Rosa Recipient", "Recipient's email": "rosa@example.com" }

type AdminGift = { status: string; recipient_link: string | null }
type StoreCart = { shipping_methods?: { shipping_option_id: string; data?: Record<string, unknown> }[] }
type StoreOrder = {
  email: string
  shipping_methods: { shipping_option_id: string; data?: Record<string, unknown> }[]
}
type CartOption = { id: string; name: string; amount: number | null; provider_id: string }

/**
 * The project's example storefront (examples/storefront: Next.js 15, React 19,
 * the JS SDK on the server, the plugin installed from its packed tarball)
 * built with `next build` and served against the dev store and the partner
 * sandboxes, driven in headless Chromium as a shopper would.
 */
describe("storefront: the example Next.js storefront with the kit (Chromium)", () => {
  let giftyzet: GiftyzetSandbox
  let ugiftme: UgiftmeSandbox
  let store: DevStore
  let api: DevStoreApi
  let storefront: ExampleStorefront
  let browser: Browser
  const contexts: BrowserContext[] = []
  const pageErrors: string[] = []
  let giftOrder: { id: string; link: string }

  const seed = () => store.seed
  const gift = async (orderId: string) =>
    (await api.admin<{ gift_order: AdminGift }>(`/admin/gifting/orders/${orderId}`)).gift_order
  const accountOrder = async (orderId: string) =>
    (
      await api.store<{ order: { display_id: number; customer_id: string | null } }>(
        `/store/orders/${orderId}?fields=display_id,customer_id`
      )
    ).order
  const storeOrder = async (orderId: string) =>
    (await api.store<{ order: StoreOrder }>(`/store/orders/${orderId}?fields=email,*shipping_methods`)).order

  async function shopper(): Promise<StorefrontShopper> {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } })
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: storefront.url })
    contexts.push(context)
    const opened = await StorefrontShopper.open(context, storefront.url)
    opened.page.on("pageerror", (error) => pageErrors.push(error.message))
    return opened
  }

  /** A cart in the region with one unit of the variant, addressed in that region's country. */
  async function cartWith(regionId: string, variantId: string): Promise<string> {
    const region = seed().regions.find((candidate) => candidate.id === regionId)!
    const { cart } = await api.store<{ cart: { id: string } }>("/store/carts", {
      method: "POST",
      body: JSON.stringify({
        region_id: regionId,
        sales_channel_id: seed().sales_channel_id,
        email: BUYER_EMAIL,
      }),
    })
    await api.store(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: JSON.stringify({ variant_id: variantId, quantity: 1 }),
    })
    const address = region.currency_code === "gbp" ? LONDON_ADDRESS : BUYER_ADDRESS
    await api.store(`/store/carts/${cart.id}`, {
      method: "POST",
      body: JSON.stringify({ shipping_address: address, billing_address: address }),
    })
    return cart.id
  }

  async function cartOptions(cartId: string): Promise<CartOption[]> {
    return (await api.store<{ shipping_options: CartOption[] }>(`/store/shipping-options?cart_id=${cartId}`))
      .shipping_options
  }

  beforeAll(async () => {
    giftyzet = await startGiftyzetSandbox({ apiKeys: [GIFTYZET_KEY] })
    ugiftme = await startUgiftmeSandbox({ apiKeys: [UGIFTME_KEY] })
    const port = await freePort()
    const booted = await Promise.all([
      startDevStore({
        adminEmail: ADMIN.email,
        adminPassword: ADMIN.password,
        env: {
          SEED_VOUCHERS: "true",
          GIFTYZET_BASE_URL: giftyzet.url,
          GIFTYZET_API_KEY: GIFTYZET_KEY,
          UGIFTME_BASE_URL: ugiftme.url,
          UGIFTME_API_KEY: UGIFTME_KEY,
          UGIFTME_PURCHASE_ON: "placement",
        },
      }),
      (async () => {
        const started = Date.now()
        await buildExampleStorefront(path.join(tmpdir(), `example-storefront-build-${port}.log`))
        return Date.now() - started
      })(),
    ])
    store = booted[0]
    console.log(
      `example storefront: next build took ${booted[1]} ms; store boot ${JSON.stringify(store.timings)}`
    )
    api = new DevStoreApi(store.url, store.seed)
    await api.login(ADMIN.email, ADMIN.password)
    storefront = await serveExampleStorefront({
      port,
      backendUrl: store.url,
      publishableKey: store.seed.publishable_api_key,
      logFile: path.join(store.logDir, "storefront.log"),
    })
    browser = await launchChromium()
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close()
    await storefront?.stop()
    await store?.stop()
    await ugiftme?.close()
    await giftyzet?.close()
    if (store) console.log(`example storefront suite: logs in ${store.logDir}`)
  })

  it("gift checkout: a bad email shows the shopper's message, a valid recipient is saved, the confirmation card shares the stored link", async () => {
    const buyer = await shopper()
    await buyer.addToCart(seed().product.handle)
    await buyer.enterAddress(BUYER_EMAIL, BUYER_ADDRESS)
    await buyer.shippingOption("Send as a gift").check()
    // Picking the gift option only opens the form: nothing is on the cart, Continue is off.
    await buyer.page.getByRole("group", { name: "Who receives the gift?" }).waitFor()
    expect(await buyer.continueToPayment().isDisabled()).toBe(true)

    await buyer.fillRecipient({ ...GIFT_RECIPIENT, "Recipient's email": "rosa@example" })
    await buyer.saveRecipient()
    // The message is the field's description (aria-describedby), announced as an alert.
    const email = buyer.page.getByLabel("Recipient's email", { exact: true })
    await buyer.page.waitForFunction(
      () =>
        document.querySelector("#gift-recipient-recipient_email")?.getAttribute("aria-invalid") === "true",
      undefined,
      { timeout: 30_000 }
    )
    const message = buyer.page.locator(`[id="${await email.getAttribute("aria-describedby")}"]`)
    expect(await message.getAttribute("role")).toBe("alert")
    expect(await waitForText(message, "Enter an email address")).toBe(
      "Enter an email address like name@example.com."
    )
    const cartId = await buyer.cartId()
    expect((await api.store<{ cart: StoreCart }>(`/store/carts/${cartId}`)).cart.shipping_methods).toEqual([])
    expect(await buyer.continueToPayment().isDisabled()).toBe(true)

    await buyer.fillRecipient({ "Recipient's email": "rosa@example.com" })
    await buyer.saveRecipient()
    const orderId = await buyer.payAndPlaceOrder()
    expect(await waitForText(buyer.page.getByTestId("delivery-summary"), "gift")).toBe(
      "Sent as a gift to Rosa Recipient (rosa@example.com)"
    )

    // The Giftyzet order is created a moment after the order is placed; the card shows its link.
    const link = (await eventually(
      async () => (await gift(orderId)).recipient_link ?? undefined,
      90_000
    )) as string
    expect(link).toMatch(new RegExp(`^${giftyzet.url}/gift-receiver/[A-Za-z0-9_-]{20,}$`))
    const card = buyer.page.getByTestId("gift-share-card")
    const field = card.getByLabel("Gift link", { exact: true })
    expect(await eventually(async () => (await field.inputValue()) || undefined, 60_000)).toBe(link)

    await buyer.page.evaluate(() => navigator.clipboard.writeText("something else"))
    await card.getByRole("button", { name: "Copy link" }).click()
    expect(await waitForText(card, "Link copied")).toContain("Link copied")
    expect(await buyer.page.evaluate(() => navigator.clipboard.readText())).toBe(link)
    expect(await readQrCode(buyer.page, card.getByRole("img", { name: "QR code of the gift link" }))).toBe(
      link
    )
    await screenshot(buyer.page, "example-storefront-confirmation")
    giftOrder = { id: orderId, link }
  })

  it("switching from Standard to the gift option: no order leaves on Standard without the gift", async () => {
    const buyer = await shopper()
    await buyer.addToCart(seed().product.handle)
    await buyer.enterAddress(BUYER_EMAIL, BUYER_ADDRESS)
    await buyer.shippingOption("Standard shipping").check()
    await buyer.waitUntilContinueEnabled()

    await buyer.shippingOption("Send as a gift").check()
    // The cart still holds Standard: Continue must not take the shopper on with it.
    expect(await buyer.continueToPayment().isDisabled()).toBe(true)
    const cartId = await buyer.cartId()
    const { cart } = await api.store<{ cart: StoreCart }>(`/store/carts/${cartId}`)
    expect(cart.shipping_methods?.map((method) => method.shipping_option_id)).toEqual([
      seed().shipping_options.manual,
    ])

    await buyer.fillRecipient(GIFT_RECIPIENT)
    await buyer.saveRecipient()
    const orderId = await buyer.payAndPlaceOrder()
    const order = await storeOrder(orderId)
    expect(order.shipping_methods.map((method) => method.shipping_option_id)).toEqual([
      seed().shipping_options.gift,
    ])
    expect((await eventually(async () => (await gift(orderId)).status, 90_000)) as string).toBe("pending")
  })

  it("voucher checkout: the voucher option with its recipient, in the UK store", async () => {
    const voucher = seed().voucher_product
    if (!voucher) throw new Error("the seed made no voucher product")
    const buyer = await shopper()
    await buyer.shipTo("United Kingdom")
    await buyer.addToCart(voucher.handle)
    await buyer.enterAddress(BUYER_EMAIL, LONDON_ADDRESS)
    await buyer.shippingOption("Digital voucher by email").check()
    await buyer.fillRecipient({
      "Recipient's email": "sam@example.com",
      "Recipient's name (optional)": "Sam",
    })
    await buyer.saveRecipient()
    const orderId = await buyer.payAndPlaceOrder()
    expect(await waitForText(buyer.page.getByTestId("delivery-summary"), "Voucher")).toBe(
      "Voucher emailed to Sam (sam@example.com)"
    )
    expect(await buyer.page.getByTestId("gift-share-card").count()).toBe(0)
    const order = await storeOrder(orderId)
    expect(order.shipping_methods.map((method) => method.shipping_option_id)).toEqual([
      seed().shipping_options.voucher,
    ])
    const units = await eventually(async () => {
      const { vouchers } = await api.admin<{ vouchers: unknown[] }>(
        `/admin/gifting/orders/${orderId}/vouchers`
      )
      return vouchers.length ? vouchers : undefined
    }, 90_000)
    expect(units).toHaveLength(1)
  })

  it("a guest's order page (order id + email) shows the gift card again", async () => {
    expect(giftOrder).toBeDefined()
    const buyer = await shopper()
    await buyer.openOrder(giftOrder.id, "someone.else@example.com")
    expect(await buyer.page.getByRole("heading", { level: 1 }).innerText()).toBe("Order not found")

    await buyer.openOrder(giftOrder.id, BUYER_EMAIL.toUpperCase())
    const field = buyer.page.getByTestId("gift-share-card").getByLabel("Gift link", { exact: true })
    expect(await eventually(async () => (await field.inputValue()) || undefined, 60_000)).toBe(giftOrder.link)
  })

  it("a logged-in customer: the cart becomes theirs, the account's order page shows the gift card with the stored link, a normal order there none", async () => {
    const customer = await shopper()
    // The cart is started as a guest and transferred to the account on sign-up.
    await customer.addToCart(seed().product.handle)
    await customer.register({ ...CUSTOMER, password: "a-long-password" })
    await customer.enterAddress(CUSTOMER.email, BUYER_ADDRESS)
    await customer.shippingOption("Send as a gift").check()
    await customer.fillRecipient(GIFT_RECIPIENT)
    await customer.saveRecipient()
    const giftId = await customer.payAndPlaceOrder()
    const link = (await eventually(
      async () => (await gift(giftId)).recipient_link ?? undefined,
      90_000
    )) as string

    await customer.addToCart(seed().product.handle)
    await customer.enterAddress(CUSTOMER.email, BUYER_ADDRESS)
    await customer.shippingOption("Standard shipping").check()
    const normalId = await customer.payAndPlaceOrder()

    const placed = await Promise.all([giftId, normalId].map(accountOrder))
    const { customers } = await api.admin<{ customers: { id: string }[] }>(
      `/admin/customers?email=${encodeURIComponent(CUSTOMER.email)}&has_account=true`
    )
    expect(customers).toHaveLength(1)
    expect(placed.map((order) => order.customer_id)).toEqual([customers[0].id, customers[0].id])

    await customer.openAccountOrder(String(placed[0].display_id))
    const field = customer.page.getByTestId("gift-share-card").getByLabel("Gift link", { exact: true })
    expect(await eventually(async () => (await field.inputValue()) || undefined, 60_000)).toBe(link)

    await customer.openAccountOrder(String(placed[1].display_id))
    await customer.page.getByTestId("order-summary").waitFor()
    expect(await customer.page.getByTestId("gift-share-card").count()).toBe(0)

    // The account's order page opens only the logged-in customer's own orders.
    const stranger = await shopper()
    await stranger.page.goto(`${storefront.url}/account/orders/${giftId}`)
    expect(await stranger.page.getByRole("heading", { level: 1 }).innerText()).toBe("Order not found")
  })

  it("a normal order shows no card, on the confirmation nor on the order page", async () => {
    const buyer = await shopper()
    await buyer.addToCart(seed().product.handle)
    await buyer.enterAddress(BUYER_EMAIL, BUYER_ADDRESS)
    await buyer.shippingOption("Standard shipping").check()
    const orderId = await buyer.payAndPlaceOrder()
    expect(await waitForText(buyer.page.getByTestId("delivery-summary"), "Delivery")).toBe(
      "Delivery: Standard shipping"
    )
    expect(await buyer.page.getByTestId("gift-share-card").count()).toBe(0)
    await buyer.openOrder(orderId, BUYER_EMAIL)
    await buyer.page.getByTestId("order-summary").waitFor()
    expect(await buyer.page.getByTestId("gift-share-card").count()).toBe(0)
    expect(pageErrors).toEqual([])
  })

  describe("the seed's voucher set-up, through the Store API", () => {
    it("lists the voucher option with a price in every region, and refuses it for the mug with a 400 that says why", async () => {
      for (const region of seed().regions) {
        const cartId = await cartWith(region.id, seed().product.variant_ids[0])
        const options = await cartOptions(cartId)
        const voucher = options.find((option) => option.id === seed().shipping_options.voucher)
        // Medusa lists every option of the zone; before, the EUR cart got `amount: null` (shown as €NaN).
        expect(typeof voucher?.amount).toBe("number")
        await expect(
          api.store(`/store/carts/${cartId}/shipping-methods`, {
            method: "POST",
            body: JSON.stringify({
              option_id: seed().shipping_options.voucher,
              data: { recipient_email: "sam@example.com" },
            }),
          })
        ).rejects.toThrow(/answered 400: .*voucher/i)
      }
    })

    it("keeps the voucher product in its own profile: a voucher cart cannot complete with Standard shipping", async () => {
      const gbp = seed().regions.find((region) => region.currency_code === "gbp")!
      const cartId = await cartWith(gbp.id, seed().voucher_product!.variant_ids[0])
      const options = await cartOptions(cartId)
      expect(options.find((option) => option.id === seed().shipping_options.voucher)?.amount).toBe(0)
      await api.store(`/store/carts/${cartId}/shipping-methods`, {
        method: "POST",
        body: JSON.stringify({ option_id: seed().shipping_options.manual }),
      })
      const { payment_collection } = await api.store<{ payment_collection: { id: string } }>(
        "/store/payment-collections",
        { method: "POST", body: JSON.stringify({ cart_id: cartId }) }
      )
      await api.store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        method: "POST",
        body: JSON.stringify({ provider_id: "pp_system_default" }),
      })
      // Refused either as an error answer or as `{ type: "cart", error }`: never an order.
      const outcome = await api
        .store<{ type: string }>(`/store/carts/${cartId}/complete`, { method: "POST", body: "{}" })
        .then(
          (body) => JSON.stringify(body),
          (error: Error) => error.message
        )
      expect(outcome).toMatch(/shipping profiles that are not satisfied/)
      expect(outcome).not.toMatch(/"type":"order"/)
    })

    it("gives the voucher option its own shipping profile and a price in every seed region", async () => {
      const { shipping_option } = await api.admin<{
        shipping_option: {
          service_zone_id: string
          shipping_profile_id: string
          prices: { currency_code: string; amount: number }[]
        }
      }>(
        `/admin/shipping-options/${seed().shipping_options.voucher}?fields=*prices,service_zone_id,shipping_profile_id`
      )
      expect(shipping_option.shipping_profile_id).toBe(seed().voucher_shipping_profile_id)
      expect(shipping_option.shipping_profile_id).not.toBe(seed().shipping_profile_id)
      const priced = new Set(shipping_option.prices.map((price) => price.currency_code))
      expect(seed().regions.filter((region) => !priced.has(region.currency_code))).toEqual([])
    })
  })
})
