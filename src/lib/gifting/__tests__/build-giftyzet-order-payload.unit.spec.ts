import { giftyzetCreateOrderInputSchema, type GiftyzetCreateOrderInput } from "../../giftyzet"
import { GIFT_SHIPPING_DATA_KIND, type GiftShippingData } from "../gift-shipping-data"
import {
  buildGiftyzetOrderPayload,
  formatAddress,
  giftyzetRefusal,
  SENDER_PHONE_UNKNOWN,
  type GiftOrderSource,
} from "../build-giftyzet-order-payload"

const gift: GiftShippingData = {
  kind: GIFT_SHIPPING_DATA_KIND,
  recipient_name: "Rosa Recipient",
  recipient_email: "rosa@example.com",
}

type Item = GiftOrderSource["items"][number]

/** Two mugs at 24.90 with 19 % tax on top, shipping 4.50 + 0.86 tax. */
function order(overrides: Partial<GiftOrderSource> = {}): GiftOrderSource {
  return {
    id: "order_01",
    email: "jane@example.com",
    currency_code: "eur",
    total: 64.62,
    tax_total: 10.32,
    shipping_total: 5.36,
    shipping_tax_total: 0.86,
    items: [
      {
        product_title: "Ceramic Gift Mug",
        variant_title: "Ocean",
        total: 59.26,
        tax_total: 9.46,
        quantity: 2,
        thumbnail: null,
      },
    ],
    billing_address: {
      first_name: "Jane",
      last_name: "Buyer",
      address_1: "12 Market Street",
      city: "Berlin",
      postal_code: "10115",
      country_code: "de",
      phone: "+49 30 1234567",
    },
    ...overrides,
  }
}

function payloadOf(source: GiftOrderSource, data: GiftShippingData = gift): GiftyzetCreateOrderInput {
  const result = buildGiftyzetOrderPayload(source, data, "eur")
  if (!result.ok) throw new Error(`refused: ${result.reason}`)
  return result.payload
}

function refusalOf(source: GiftOrderSource, currency = "eur"): string {
  const result = buildGiftyzetOrderPayload(source, gift, currency)
  if (result.ok) throw new Error("expected a refusal")
  return result.reason
}

/** The rule every payload keeps: Σ price × quantity = subtotal; subtotal + shipping + tax = total; no part negative. */
function expectConsistent(payload: GiftyzetCreateOrderInput): void {
  const cents = (value: number) => Math.round(value * 100)
  const lines = payload.items.reduce((sum, item) => sum + cents(item.price) * (item.quantity ?? 1), 0)
  expect(lines).toBe(cents(payload.subtotal))
  expect(cents(payload.subtotal) + cents(payload.shipping ?? 0) + cents(payload.tax ?? 0)).toBe(
    cents(payload.total)
  )
  for (const value of [
    payload.subtotal,
    payload.shipping ?? 0,
    payload.tax ?? 0,
    ...payload.items.map((i) => i.price),
  ]) {
    expect(value).toBeGreaterThanOrEqual(0)
  }
  expect(giftyzetCreateOrderInputSchema.safeParse(payload).success).toBe(true)
}

describe("buildGiftyzetOrderPayload", () => {
  it("keys the Giftyzet order by the Medusa order id and passes the contract's schema", () => {
    const payload = payloadOf(order())

    expect(payload.external_order_id).toBe("order_01")
    expectConsistent(payload)
  })

  it("describes sender, receiver and items from the order", () => {
    const payload = payloadOf(order(), { ...gift, recipient_phone: "+44 20 7946 0958" })

    expect(payload).toMatchObject({
      sender_name: "Jane Buyer",
      sender_email: "jane@example.com",
      sender_phone: "+49 30 1234567",
      sender_address: "12 Market Street, 10115 Berlin, DE",
      receiver_name: "Rosa Recipient",
      receiver_email: "rosa@example.com",
      receiver_phone: "+44 20 7946 0958",
      items: [{ name: "Ceramic Gift Mug (Ocean)", price: 24.9, quantity: 2 }],
      subtotal: 49.8,
      shipping: 4.5,
      tax: 10.32,
      total: 64.62,
    })
  })

  it("sends item prices after item discounts and before tax", () => {
    // 24.90 × 2 with 10 % off (4.98): net 44.82, tax 19 % = 8.5158.
    const payload = payloadOf(
      order({
        total: 53.3358 + 5.36,
        tax_total: 8.5158 + 0.86,
        items: [{ title: "Mug", total: 53.3358, tax_total: 8.5158, quantity: 2 }],
      })
    )

    expect(payload.items).toEqual([{ name: "Mug", price: 22.41, quantity: 2 }])
    expect(payload).toMatchObject({ subtotal: 44.82, shipping: 4.5, tax: 9.38, total: 58.7 })
    expectConsistent(payload)
  })

  it("sends net prices in a tax-inclusive region, the tax taking the rounding", () => {
    // 9.99 gross at 19 % included: net 8.3949…, tax 1.5950…
    const payload = payloadOf(
      order({
        total: 9.99,
        tax_total: 9.99 - 9.99 / 1.19,
        shipping_total: 0,
        shipping_tax_total: 0,
        items: [{ title: "Card", total: 9.99, tax_total: 9.99 - 9.99 / 1.19, quantity: 1 }],
      })
    )

    expect(payload).toMatchObject({
      items: [{ price: 8.39 }],
      subtotal: 8.39,
      shipping: 0,
      tax: 1.6,
      total: 9.99,
    })
    expectConsistent(payload)
  })

  it("splits a line whose net does not divide by its quantity so it adds up", () => {
    // 3 × 5.00 with 5.00 off the line: net 10.00 for 3 units.
    const payload = payloadOf(
      order({
        total: 10 + 5.36,
        tax_total: 0.86,
        items: [{ title: "Tea", total: 10, tax_total: 0, quantity: 3 }],
      })
    )

    expect(payload.items).toEqual([
      { name: "Tea", price: 3.33, quantity: 2 },
      { name: "Tea", price: 3.34, quantity: 1 },
    ])
    expect(payload.subtotal).toBe(10)
    expectConsistent(payload)
  })

  it("sends shipping after a free-shipping promotion, never a negative subtotal", () => {
    // Item 5.00, gift shipping 10.00 made free: the buyer paid 5.00.
    const payload = payloadOf(
      order({
        total: 5,
        tax_total: 0,
        shipping_total: 0,
        shipping_tax_total: 0,
        items: [{ title: "Card", total: 5, tax_total: 0, quantity: 1 }],
      })
    )

    expect(payload).toMatchObject({ subtotal: 5, shipping: 0, tax: 0, total: 5 })
    expectConsistent(payload)
  })

  it("counts store credit as a payment: the total is what was paid, credit included", () => {
    const payload = payloadOf(order({ total: 54.62, credit_line_total: 10 }))

    expect(payload).toMatchObject({ subtotal: 49.8, shipping: 4.5, tax: 10.32, total: 64.62 })
    expectConsistent(payload)
  })

  it("keeps the tax non-negative when tax-free parts round", () => {
    // Two lines of 3.335 each: exact total 6.67, parts rounded down.
    const items: Item[] = [
      { title: "A", total: 3.335, tax_total: 0, quantity: 1 },
      { title: "B", total: 3.335, tax_total: 0, quantity: 1 },
    ]
    const payload = payloadOf(
      order({ total: 6.67, tax_total: 0, shipping_total: 0, shipping_tax_total: 0, items })
    )

    expect(payload).toMatchObject({ subtotal: 6.66, tax: 0.01, total: 6.67 })
    expectConsistent(payload)
  })

  it("reads BigNumber-shaped amounts exactly and rounds to a 0-decimal currency", () => {
    const result = buildGiftyzetOrderPayload(
      order({
        currency_code: "jpy",
        total: { value: "5400.4", precision: 20 },
        tax_total: 400,
        shipping_total: 500,
        shipping_tax_total: 0,
        items: [{ title: "Tea set", total: { value: "4900.4" }, tax_total: 400, quantity: { value: "1" } }],
      }),
      gift,
      "jpy"
    )

    expect(result).toMatchObject({
      ok: true,
      payload: {
        total: 5400,
        tax: 400,
        shipping: 500,
        subtotal: 4500,
        items: [{ name: "Tea set", price: 4500 }],
      },
    })
  })

  it("refuses an order in another currency than the Giftyzet store's", () => {
    expect(refusalOf(order({ currency_code: "jpy" }))).toMatch(/only available for EUR orders.*in JPY/)
    expect(refusalOf(order({ currency_code: "kwd" }))).toMatch(/in KWD/)
  })

  it("refuses a zero total and one over Giftyzet's maximum", () => {
    const untaxed = (title: string, total: number) =>
      order({
        total,
        tax_total: 0,
        shipping_total: 0,
        shipping_tax_total: 0,
        items: [{ title, total, tax_total: 0, quantity: 1 }],
      })
    expect(refusalOf(untaxed("Mug", 0))).toMatch(/total above 0 EUR/)
    expect(refusalOf(untaxed("Yacht", 100_000_000))).toMatch(/up to 99999999.99 EUR/)
  })

  it("judges a cart at checkout by the same rule: store credit counts, the cent half-up", () => {
    // Paid entirely with store credit: Giftyzet still gets what the goods cost.
    expect(giftyzetRefusal({ currency_code: "eur", total: 0, credit_line_total: 25 }, "eur")).toBeNull()
    expect(giftyzetRefusal({ currency_code: "eur", total: 0.004 }, "eur")).toMatch(/total above 0 EUR/)
    expect(giftyzetRefusal({ currency_code: "eur", total: 99_999_999.994 }, "eur")).toBeNull()
    expect(giftyzetRefusal({ currency_code: "eur", total: 99_999_999.995 }, "eur")).toMatch(
      /up to 99999999.99/
    )
    expect(giftyzetRefusal({ currency_code: "gbp", total: 10 }, "eur")).toMatch(/in GBP/)
  })

  it("falls back when the shopper gave no phone or billing address", () => {
    const payload = payloadOf(
      order({
        billing_address: null,
        shipping_address: { first_name: "Jane", last_name: "Buyer", address_1: "1 Road", country_code: "fr" },
      })
    )

    expect(payload.sender_phone).toBe(SENDER_PHONE_UNKNOWN)
    expect(payload.sender_address).toBe("1 Road, FR")
    expect(payload.sender_name).toBe("Jane Buyer")
  })

  it("reads the quantity from the item's detail row when Query puts it there", () => {
    const payload = payloadOf(
      order({
        total: 35.36,
        tax_total: 0.86,
        items: [{ title: "Mug", total: 30, tax_total: 0, quantity: null, detail: { quantity: 3 } }],
      })
    )

    expect(payload.items[0]).toEqual({ name: "Mug", price: 10, quantity: 3 })
  })

  it("adds the product image when the line has a thumbnail", () => {
    const payload = payloadOf(
      order({
        total: 15.36,
        tax_total: 0.86,
        items: [
          { title: "Mug", total: 10, tax_total: 0, quantity: 1, thumbnail: "https://cdn.example/mug.png" },
        ],
      })
    )

    expect(payload.items[0]).toEqual({
      name: "Mug",
      price: 10,
      quantity: 1,
      image_url: "https://cdn.example/mug.png",
    })
  })
})

describe("formatAddress", () => {
  it("joins the parts that exist into one line", () => {
    expect(
      formatAddress({
        company: "Acme",
        address_1: "1 Road",
        address_2: " ",
        city: "Paris",
        country_code: "fr",
      })
    ).toBe("Acme, 1 Road, Paris, FR")
    expect(formatAddress(null)).toBe("")
  })
})
