import { voucherIdempotencyKey } from "../voucher-idempotency-key"

describe("voucherIdempotencyKey", () => {
  const unit = { order_id: "order_01JX", line_item_id: "ordli_01JY", unit_index: 2 }

  it("derives the key from the order, the line item and the unit — the same every time", () => {
    expect(voucherIdempotencyKey(unit)).toBe("mpg-voucher:order_01JX:ordli_01JY:2")
    expect(voucherIdempotencyKey({ ...unit })).toBe(voucherIdempotencyKey(unit))
  })

  it("gives every unit of a line item its own key", () => {
    const keys = [0, 1, 2].map((unit_index) => voucherIdempotencyKey({ ...unit, unit_index }))

    expect(new Set(keys).size).toBe(3)
  })

  it("moves to a new key only for a later generation, and generation 0 is the plain key", () => {
    expect(voucherIdempotencyKey({ ...unit, generation: 0 })).toBe("mpg-voucher:order_01JX:ordli_01JY:2")
    expect(voucherIdempotencyKey({ ...unit, generation: 1 })).toBe("mpg-voucher:order_01JX:ordli_01JY:2:g1")
    expect(voucherIdempotencyKey({ ...unit, generation: 2 })).toBe("mpg-voucher:order_01JX:ordli_01JY:2:g2")
  })

  it("cannot be confused across orders or line items that share a prefix", () => {
    const a = voucherIdempotencyKey({ order_id: "order_1", line_item_id: "ordli_12", unit_index: 0 })
    const b = voucherIdempotencyKey({ order_id: "order_11", line_item_id: "ordli_2", unit_index: 0 })

    expect(a).not.toBe(b)
  })

  it.each([
    [{ ...unit, order_id: "" }, "order_id must be a Medusa id"],
    [{ ...unit, line_item_id: "ordli:1" }, "line_item_id must be a Medusa id"],
    [{ ...unit, unit_index: -1 }, "unit_index must be a whole number"],
    [{ ...unit, unit_index: 1.5 }, "unit_index must be a whole number"],
    [{ ...unit, generation: -1 }, "generation must be a whole number"],
  ])("refuses malformed parts (%j)", (parts, message) => {
    expect(() => voucherIdempotencyKey(parts)).toThrow(message)
  })
})
