import { giftyzetCreateOrderInputSchema, type GiftyzetCreateOrderInput } from "../schemas"

const valid: GiftyzetCreateOrderInput = {
  external_order_id: "order_01",
  sender_name: "Jane",
  sender_email: "jane@example.com",
  sender_phone: "+1",
  sender_address: "1 Main St",
  receiver_name: "John",
  receiver_email: "john@example.com",
  items: [{ name: "Box", price: 10 }],
  subtotal: 10,
  total: 10,
}

describe("giftyzetCreateOrderInputSchema", () => {
  it("accepts the minimal documented payload and keeps optional fields", () => {
    expect(giftyzetCreateOrderInputSchema.parse(valid)).toEqual(valid)
    const full = {
      ...valid,
      receiver_phone: "+2",
      shipping: 4.5,
      tax: 1,
      items: [{ name: "Box", price: 10, quantity: 2, image_url: "https://x.test/a.png" }],
    }
    expect(giftyzetCreateOrderInputSchema.parse(full)).toEqual(full)
  })

  it("drops unknown fields", () => {
    const parsed = giftyzetCreateOrderInputSchema.parse({ ...valid, currency_code: "eur" })
    expect(parsed).not.toHaveProperty("currency_code")
  })

  it.each([
    ["blank external id", { external_order_id: "  " }, "external_order_id"],
    ["missing sender phone", { sender_phone: undefined }, "sender_phone"],
    ["no items", { items: [] }, "items"],
    ["item quantity 0", { items: [{ name: "Box", price: 1, quantity: 0 }] }, "items.0.quantity"],
    ["fractional quantity", { items: [{ name: "Box", price: 1, quantity: 1.5 }] }, "items.0.quantity"],
    ["negative price", { items: [{ name: "Box", price: -1 }] }, "items.0.price"],
    ["zero total", { total: 0 }, "total"],
    ["amount as string", { subtotal: "10" }, "subtotal"],
    ["infinite total", { total: Number.POSITIVE_INFINITY }, "total"],
  ])("refuses %s", (_case, overrides, path) => {
    const result = giftyzetCreateOrderInputSchema.safeParse({ ...valid, ...overrides })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path)
  })
})
