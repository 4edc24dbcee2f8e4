import Medusa from "@medusajs/js-sdk"
import { addVoucherShippingMethod, VoucherRecipientError } from "../add-voucher-shipping-method"
import { setGiftShippingMethod, setVoucherShippingMethod } from "../set-recipient-shipping-method"
import { FakeStoreApi } from "./support/fake-store-api"

const api = new FakeStoreApi()
let sdk: Medusa

beforeAll(() => api.start())
afterAll(() => api.stop())
beforeEach(() => {
  api.requests.length = 0
  sdk = new Medusa({ baseUrl: api.url, publishableKey: "pk_test" })
})

const recipient = { recipient_name: "Rosa", recipient_email: "Rosa@Example.com", gift_message: "Hi" }

describe("setGiftShippingMethod", () => {
  it("adds the method with the normalised recipient and returns the cart", async () => {
    api.reply({ status: 200, body: { cart: { id: "cart_1" } } })

    const result = await setGiftShippingMethod(sdk, { cartId: "cart_1", optionId: "so_gift", recipient })

    expect(result).toEqual({ ok: true, cart: { id: "cart_1" } })
    expect(api.requests.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      {
        method: "POST",
        url: "/store/carts/cart_1/shipping-methods",
        body: {
          option_id: "so_gift",
          data: { recipient_name: "Rosa", recipient_email: "rosa@example.com", gift_message: "Hi" },
        },
      },
    ])
  })

  it("returns shopper messages per field without a request when the recipient is invalid", async () => {
    const result = await setGiftShippingMethod(sdk, {
      cartId: "cart_1",
      optionId: "so_gift",
      recipient: { recipient_name: "", recipient_email: "nope" },
      messages: { invalid_email: () => "Adresse e-mail invalide." },
    })

    expect(result).toEqual({
      ok: false,
      reason: "invalid_recipient",
      errors: { recipient_name: "Enter the recipient's name.", recipient_email: "Adresse e-mail invalide." },
      issues: [
        { field: "recipient_name", code: "required", message: "recipient_name is required" },
        {
          field: "recipient_email",
          code: "invalid_email",
          message: "recipient_email must be a valid email address",
        },
      ],
      message: "Enter the recipient's name.",
    })
    expect(api.requests).toEqual([])
  })

  it("maps the store's field 400 back to the field, and any other 400 to a refusal it can show", async () => {
    api.reply(
      {
        status: 400,
        body: { type: "invalid_data", message: "Send as a gift: gift_message must be at most 5 characters" },
      },
      {
        status: 400,
        body: { type: "invalid_data", message: "Send as a gift is not available for carts in JPY" },
      }
    )

    const field = await setGiftShippingMethod(sdk, { cartId: "c", optionId: "so", recipient })
    const refused = await setGiftShippingMethod(sdk, { cartId: "c", optionId: "so", recipient })

    expect(field).toMatchObject({
      ok: false,
      reason: "invalid_recipient",
      errors: { gift_message: "Use at most 5 characters." },
      issues: [{ field: "gift_message", code: "too_long", max: 5 }],
    })
    expect(refused).toEqual({
      ok: false,
      reason: "refused",
      errors: {},
      issues: [],
      message: "Send as a gift is not available for carts in JPY",
    })
  })

  it("returns (never throws) when the store fails, with a message to try again", async () => {
    api.reply({ status: 500, body: { message: "boom" } })

    const result = await setGiftShippingMethod(sdk, {
      cartId: "c",
      optionId: "so",
      recipient,
      messages: { unavailable: "Réessayez." },
    })

    expect(result).toEqual({
      ok: false,
      reason: "unavailable",
      errors: {},
      issues: [],
      message: "Réessayez.",
    })
  })
})

describe("setVoucherShippingMethod", () => {
  it("sends the voucher recipient, and refuses a missing email with its code", async () => {
    api.reply({ status: 200, body: { cart: { id: "cart_v" } } })

    const sent = await setVoucherShippingMethod(sdk, {
      cartId: "cart_v",
      optionId: "so_voucher",
      recipient: { recipient_email: " Sam@Example.com ", recipient_name: "", gift_message: null },
    })
    const refused = await setVoucherShippingMethod(sdk, {
      cartId: "cart_v",
      optionId: "so_voucher",
      recipient: { recipient_email: "" },
    })

    expect(sent).toEqual({ ok: true, cart: { id: "cart_v" } })
    expect(api.requests[0].body).toEqual({
      option_id: "so_voucher",
      data: { recipient_email: "sam@example.com" },
    })
    expect(refused).toMatchObject({
      ok: false,
      reason: "invalid_recipient",
      issues: [{ field: "recipient_email", code: "required" }],
      message: "Enter the recipient's email address.",
    })
    expect(api.requests).toHaveLength(1)
  })
})

describe("addVoucherShippingMethod", () => {
  it("throws the problem per field without a request, and sends valid data", async () => {
    api.reply({ status: 200, body: { cart: { id: "cart_v" } } })

    await expect(
      addVoucherShippingMethod(sdk, { cartId: "c", optionId: "so", recipient: { recipient_email: "nope" } })
    ).rejects.toEqual(
      new VoucherRecipientError("recipient_email must be a valid email address", {
        recipient_email: "recipient_email must be a valid email address",
      })
    )
    expect(api.requests).toHaveLength(0)
    await expect(
      addVoucherShippingMethod(sdk, { cartId: "c", optionId: "so", recipient: { recipient_email: "a@b.co" } })
    ).resolves.toEqual({ cart: { id: "cart_v" } })
  })
})
