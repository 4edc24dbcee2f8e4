import type { BrowserContext, Page } from "playwright-core"

/** A postal address as the example's address step asks for it. */
export type ShopperAddress = {
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
  phone: string
}

const SLOW = { timeout: 60_000 }
/** The example storefront's region cookie (examples/storefront/src/lib/data/cookies.ts). */
const REGION_COOKIE = "_gifting_region_id"

/**
 * A shopper in the example storefront (examples/storefront), one browser
 * context each (its own cart cookie): what they click and type, by the labels
 * and button names they see.
 */
export class StorefrontShopper {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly url: string
  ) {}

  static async open(context: BrowserContext, url: string): Promise<StorefrontShopper> {
    return new StorefrontShopper(await context.newPage(), context, url)
  }

  /**
   * "Ship to" → Update, and waits until the storefront has stored the choice.
   * The select shows the new region as soon as it is picked, before the server
   * action has run; a page opened then would still be priced in the old region.
   */
  async shipTo(regionName: string): Promise<void> {
    await this.page.goto(this.url, SLOW)
    const picker = this.page.getByLabel("Ship to")
    const option = picker.locator("option", { hasText: regionName })
    const regionId = await option.getAttribute("value")
    if (!regionId) throw new Error(`the region picker has no option for ${regionName}`)
    await picker.selectOption({ label: await option.innerText() })
    await this.page.getByRole("button", { name: "Update" }).click()
    await this.waitForCookie(REGION_COOKIE, regionId)
  }

  private async waitForCookie(name: string, value: string): Promise<void> {
    const deadline = Date.now() + SLOW.timeout
    while (Date.now() < deadline) {
      const cookie = (await this.context.cookies(this.url)).find((entry) => entry.name === name)
      if (cookie?.value === value) return
      await this.page.waitForTimeout(100)
    }
    throw new Error(`the storefront did not set ${name} to ${value} within ${SLOW.timeout} ms`)
  }

  async addToCart(handle: string): Promise<void> {
    await this.page.goto(`${this.url}/products/${handle}`, SLOW)
    await this.page.getByRole("button", { name: "Add to cart" }).click()
    await this.page.waitForURL(`${this.url}/cart`, SLOW)
    await this.page.getByTestId("cart-items").waitFor(SLOW)
  }

  /** The cart's id, from the storefront's cookie (to check the cart through the Store API). */
  async cartId(): Promise<string> {
    const cookie = (await this.context.cookies(this.url)).find((entry) => entry.name === "_gifting_cart_id")
    if (!cookie) throw new Error("the storefront set no cart cookie")
    return cookie.value
  }

  async enterAddress(email: string, address: ShopperAddress): Promise<void> {
    await this.page.goto(`${this.url}/checkout?step=address`, SLOW)
    await this.page.getByLabel("Email", { exact: true }).fill(email)
    await this.page.getByLabel("First name", { exact: true }).fill(address.first_name)
    await this.page.getByLabel("Last name", { exact: true }).fill(address.last_name)
    await this.page.getByLabel("Address", { exact: true }).fill(address.address_1)
    await this.page.getByLabel("Postal code", { exact: true }).fill(address.postal_code)
    await this.page.getByLabel("City", { exact: true }).fill(address.city)
    await this.page.getByLabel("Phone", { exact: true }).fill(address.phone)
    await this.page.getByLabel("Country", { exact: true }).selectOption(address.country_code)
    await this.page.getByRole("button", { name: "Continue to delivery" }).click()
    await this.page.waitForURL(/step=delivery/, SLOW)
    await this.page.getByRole("heading", { name: "Delivery" }).waitFor(SLOW)
  }

  shippingOption(name: string) {
    return this.page.getByRole("radio", { name: new RegExp(`^${name} — `) })
  }

  continueToPayment() {
    return this.page.getByRole("button", { name: "Continue to payment" })
  }

  /** Waits until "Continue to payment" is enabled (the cart holds the method on screen). */
  async waitUntilContinueEnabled(): Promise<void> {
    await this.page.waitForFunction(
      () =>
        [...document.querySelectorAll("button")].some(
          (button) => button.textContent === "Continue to payment" && !button.disabled
        ),
      undefined,
      SLOW
    )
  }

  /** Fills the recipient form's fields by their labels (e.g. "Recipient's email"). */
  async fillRecipient(fields: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(fields)) {
      await this.page.getByLabel(label, { exact: true }).fill(value)
    }
  }

  async saveRecipient(): Promise<void> {
    await this.page.getByRole("button", { name: "Save recipient" }).click()
  }

  /** Continue → the system payment → review → Place order; returns the order id from the confirmation URL. */
  async payAndPlaceOrder(): Promise<string> {
    await this.waitUntilContinueEnabled()
    await this.continueToPayment().click()
    await this.page.waitForURL(/step=payment/, SLOW)
    await this.page.getByRole("button", { name: "Continue to review" }).click()
    await this.page.waitForURL(/step=review/, SLOW)
    await this.page.getByRole("button", { name: "Place order" }).click()
    await this.page.waitForURL(/\/order\/[^/]+\/confirmed$/, SLOW)
    return new URL(this.page.url()).pathname.split("/")[2]
  }

  /** "Create an account" on the account page; the shopper is logged in after it. */
  async register(customer: { first_name: string; last_name: string; email: string; password: string }) {
    await this.page.goto(`${this.url}/account`, SLOW)
    const form = this.page.getByRole("region", { name: "Create an account" })
    await form.getByLabel("First name", { exact: true }).fill(customer.first_name)
    await form.getByLabel("Last name", { exact: true }).fill(customer.last_name)
    await form.getByLabel("Email", { exact: true }).fill(customer.email)
    await form.getByLabel("Password", { exact: true }).fill(customer.password)
    await form.getByRole("button", { name: "Create account" }).click()
    await this.page.getByRole("button", { name: "Log out" }).waitFor(SLOW)
  }

  /** The logged-in customer's order list, then the order's page from its link. */
  async openAccountOrder(displayId: string): Promise<void> {
    await this.page.goto(`${this.url}/account/orders`, SLOW)
    await this.page
      .getByTestId("customer-orders")
      .getByRole("link", { name: `Order #${displayId}` })
      .click()
    await this.page.getByRole("heading", { level: 1, name: `Order #${displayId}` }).waitFor(SLOW)
  }

  /** A guest's order page: the order id and the email it was placed with. */
  async openOrder(orderId: string, email: string): Promise<void> {
    await this.page.goto(`${this.url}/account/orders`, SLOW)
    await this.page.getByLabel("Order id", { exact: true }).fill(orderId)
    await this.page.getByLabel("Email", { exact: true }).fill(email)
    await this.page.getByRole("button", { name: "Show order" }).click()
    await this.page.waitForURL(new RegExp(`/account/orders/${orderId}\\?`), SLOW)
  }
}
