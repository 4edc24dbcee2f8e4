import { giftyzetCreateOrderInputSchema } from "../../../lib/giftyzet"
import { GIFT_SHIPPING_DATA_KIND, type GiftShippingData } from "../../../providers/giftyzet/shipping-data"
import {
  buildGiftyzetOrderPayload,
  formatAddress,
  SENDER_PHONE_UNKNOWN,
  type GiftOrderSource,
} from "../build-giftyzet-order-payload"

const gift: GiftShippingData = {
  kind: GIFT_SHIPPING_DATA_KIND,
  receiver_name: "Rosa Recipient",
  receiver_email: "rosa@example.com",
}

function order(overrides: Partial<GiftOrderSource> = {}): GiftOrderSource {
  return {
    id: "order_01",
    email: "jane@example.com",
    currency_code: "eur",
    total: 54.3,
    tax_total: 8.67,
    shipping_subtotal: 4.5,
    items: [
      {
        product_title: "Ceramic Gift Mug",
        variant_title: "Ocean",
        unit_price: 24.9,
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

describe("buildGiftyzetOrderPayload", () => {
  it("keys the Giftyzet order by the Medusa order id and passes the contract's schema", () => {
    const payload = buildGiftyzetOrderPayload(order(), gift)

    expect(payload.external_order_id).toBe("order_01")
    expect(giftyzetCreateOrderInputSchema.safeParse(payload).success).toBe(true)
  })

  it("describes sender, receiver and items from the order", () => {
    const payload = buildGiftyzetOrderPayload(order(), { ...gift, receiver_phone: "+44 20 7946 0958" })

    expect(payload).toMatchObject({
      sender_name: "Jane Buyer",
      sender_email: "jane@example.com",
      sender_phone: "+49 30 1234567",
      sender_address: "12 Market Street, 10115 Berlin, DE",
      receiver_name: "Rosa Recipient",
      receiver_email: "rosa@example.com",
      receiver_phone: "+44 20 7946 0958",
      items: [{ name: "Ceramic Gift Mug (Ocean)", price: 24.9, quantity: 2 }],
    })
  })

  it("keeps totals in major units and consistent: subtotal + shipping + tax = total", () => {
    const payload = buildGiftyzetOrderPayload(
      order({ total: 0.3, tax_total: 0.1, shipping_subtotal: 0.1 }),
      gift
    )

    expect(payload).toMatchObject({ total: 0.3, shipping: 0.1, tax: 0.1, subtotal: 0.1 })
  })

  it("reads BigNumber-shaped amounts exactly and rounds to the currency's decimals", () => {
    const payload = buildGiftyzetOrderPayload(
      order({
        currency_code: "jpy",
        total: { value: "5400.4", precision: 20 },
        tax_total: 400,
        shipping_subtotal: 500,
        items: [{ title: "Tea set", unit_price: { value: "4500", precision: 20 }, quantity: { value: "1" } }],
      }),
      gift
    )

    expect(payload).toMatchObject({ total: 5400, tax: 400, shipping: 500, subtotal: 4500 })
    expect(payload.items[0]).toEqual({ name: "Tea set", price: 4500, quantity: 1 })
  })

  it("falls back when the shopper gave no phone or billing address", () => {
    const payload = buildGiftyzetOrderPayload(
      order({
        billing_address: null,
        shipping_address: { first_name: "Jane", last_name: "Buyer", address_1: "1 Road", country_code: "fr" },
      }),
      gift
    )

    expect(payload.sender_phone).toBe(SENDER_PHONE_UNKNOWN)
    expect(payload.sender_address).toBe("1 Road, FR")
    expect(payload.sender_name).toBe("Jane Buyer")
  })

  it("reads the quantity from the item's detail row when Query puts it there", () => {
    const payload = buildGiftyzetOrderPayload(
      order({ items: [{ title: "Mug", unit_price: 10, quantity: null, detail: { quantity: 3 } }] }),
      gift
    )

    expect(payload.items[0]).toEqual({ name: "Mug", price: 10, quantity: 3 })
  })

  it("adds the product image when the line has a thumbnail", () => {
    const payload = buildGiftyzetOrderPayload(
      order({
        items: [{ title: "Mug", unit_price: 10, quantity: 1, thumbnail: "https://cdn.example/mug.png" }],
      }),
      gift
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
