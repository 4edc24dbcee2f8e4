import { normalizeGiftyzetOrder, normalizeGiftyzetOrderSummary, textOrNull } from "../normalize"
import { giftyzetOrderListEntrySchema, giftyzetOrderResponseSchema } from "../schemas"

/** The documented example body, with the pending-order quirks of real deployments. */
const documented = {
  order: {
    id: "550e8400-e29b-41d4-a716-446655440000",
    order_number: "PLUG-1709123456-ABC12XY",
    external_order_id: "ORD-12345",
    order_type: "plugin",
    status: "pending",
    payment_status: "paid",
    sender_name: "Jane Doe",
    sender_email: "jane@example.com",
    sender_phone: "+1234567890",
    sender_address: "123 Main St",
    receiver_name: "John Doe",
    receiver_email: "john@example.com",
    receiver_phone: "",
    receiver_address: "",
    subtotal: 54.99,
    shipping: 0,
    tax: "4.40",
    total: 59.39,
    gift_token: "gift-abc",
    gift_link: "https://giftyzet.test/gift-receiver/gift-abc",
    plugin_fee: 1.5,
    created_at: "2025-02-03T12:00:00.000Z",
    confirmed_at: null,
    updated_at: "2025-02-03T12:00:00.000Z",
    user_id: "",
  },
  order_items: [
    {
      id: "i1",
      order_id: "550e8400",
      item_type: "product",
      name: "Gift Box",
      price: 49.99,
      quantity: 1,
      image_url: null,
    },
    {
      id: "i2",
      order_id: "550e8400",
      item_type: "product",
      name: "Card",
      price: 5,
      quantity: 1,
      image_url: "",
    },
  ],
}

const newer = {
  order_id: "550e8400-e29b-41d4-a716-446655440000",
  order_number: "PLUG-1709123456-ABC12XY",
  external_order_id: "ORD-12345",
  status: "confirmed",
  payment_status: "paid",
  total: 59.39,
  subtotal: 54.99,
  shipping: 0,
  tax: 4.4,
  created_at: "2025-02-03T12:00:00.000Z",
  confirmed_at: "2025-02-03T14:30:00.000Z",
  sender: { name: "Jane Doe", email: "jane@example.com", phone: "+1234567890", address: "123 Main St" },
  receiver: { name: "John Doe", email: "john@example.com", phone: null, address: "456 Oak Ave\nCity" },
  order_items: [
    {
      id: "i1",
      name: "Gift Box",
      price: 49.99,
      quantity: 1,
      item_type: "product",
      product_id: "",
      service_id: "",
      image_url: "",
    },
    {
      id: "i2",
      name: "Card",
      price: 5,
      quantity: 1,
      item_type: "product",
      product_id: "",
      service_id: "",
      image_url: "",
    },
  ],
}

function parse(body: unknown) {
  const parsed = giftyzetOrderResponseSchema.safeParse(body)
  if (!parsed.success) {
    throw new Error(parsed.error.message)
  }
  return normalizeGiftyzetOrder(parsed.data)
}

describe("normalizeGiftyzetOrder", () => {
  it("reads the documented shape: flat fields, link kept, empty strings as null, numeric strings as numbers", () => {
    const order = parse(documented)
    expect(order).toEqual({
      id: "550e8400-e29b-41d4-a716-446655440000",
      order_number: "PLUG-1709123456-ABC12XY",
      external_order_id: "ORD-12345",
      status: "pending",
      payment_status: "paid",
      totals: { subtotal: 54.99, shipping: 0, tax: 4.4, total: 59.39 },
      sender: { name: "Jane Doe", email: "jane@example.com", phone: "+1234567890", address: "123 Main St" },
      receiver: { name: "John Doe", email: "john@example.com", phone: null, address: null },
      created_at: "2025-02-03T12:00:00.000Z",
      confirmed_at: null,
      gift_token: "gift-abc",
      recipient_link: "https://giftyzet.test/gift-receiver/gift-abc",
      items: [
        { id: "i1", name: "Gift Box", price: 49.99, quantity: 1, image_url: null },
        { id: "i2", name: "Card", price: 5, quantity: 1, image_url: null },
      ],
    })
  })

  it("reads the newer shape: nested parties, no token or link", () => {
    const order = parse(newer)
    expect(order.id).toBe(newer.order_id)
    expect(order.status).toBe("confirmed")
    expect(order.receiver).toEqual({
      name: "John Doe",
      email: "john@example.com",
      phone: null,
      address: "456 Oak Ave\nCity",
    })
    expect(order.gift_token).toBeNull()
    expect(order.recipient_link).toBeNull()
    expect(order.confirmed_at).toBe("2025-02-03T14:30:00.000Z")
    expect(order.items.map((item) => item.name)).toEqual(["Gift Box", "Card"])
  })

  it("gives both shapes of the same order the same fields apart from the link", () => {
    const fromDocumented = parse({
      ...documented,
      order: {
        ...documented.order,
        status: "confirmed",
        confirmed_at: newer.confirmed_at,
        receiver_address: "456 Oak Ave\nCity",
        tax: 4.4,
      },
    })
    const fromNewer = parse(newer)
    expect(fromNewer).toEqual({
      ...fromDocumented,
      gift_token: null,
      recipient_link: null,
      items: fromNewer.items,
    })
  })

  it("defaults missing shipping, tax, items and quantity", () => {
    const order = parse({
      order_id: "abc",
      order_number: "PLUG-1",
      status: "pending",
      subtotal: 10,
      total: 10,
      order_items: [{ name: "Mug", price: 10 }],
    })
    expect(order.totals).toEqual({ subtotal: 10, shipping: 0, tax: 0, total: 10 })
    expect(order.items).toEqual([{ id: null, name: "Mug", price: 10, quantity: 1, image_url: null }])
    expect(order.sender).toEqual({ name: null, email: null, phone: null, address: null })
    expect(order.external_order_id).toBeNull()
  })

  it("refuses bodies of neither shape", () => {
    expect(giftyzetOrderResponseSchema.safeParse({ order: { id: "x" } }).success).toBe(false)
    expect(giftyzetOrderResponseSchema.safeParse({ ...newer, status: "shipped" }).success).toBe(false)
    expect(giftyzetOrderResponseSchema.safeParse({ ...newer, total: "a lot" }).success).toBe(false)
    expect(giftyzetOrderResponseSchema.safeParse(null).success).toBe(false)
  })
})

describe("normalizeGiftyzetOrderSummary", () => {
  it("maps a list row", () => {
    const entry = giftyzetOrderListEntrySchema.parse({
      id: "o1",
      order_number: "PLUG-1",
      external_order_id: "",
      status: "delivered",
      total: 12,
      sender_name: "Jane",
      sender_email: "",
      receiver_name: "John",
      receiver_email: "john@example.com",
    })
    expect(normalizeGiftyzetOrderSummary(entry)).toEqual({
      id: "o1",
      order_number: "PLUG-1",
      external_order_id: null,
      status: "delivered",
      payment_status: null,
      totals: { subtotal: 0, shipping: 0, tax: 0, total: 12 },
      sender: { name: "Jane", email: null },
      receiver: { name: "John", email: "john@example.com" },
      created_at: null,
      confirmed_at: null,
    })
  })
})

describe("textOrNull", () => {
  it.each([
    [undefined, null],
    [null, null],
    ["", null],
    ["   ", null],
    ["  x ", "x"],
  ])("%p → %p", (input, expected) => {
    expect(textOrNull(input)).toBe(expected)
  })
})
