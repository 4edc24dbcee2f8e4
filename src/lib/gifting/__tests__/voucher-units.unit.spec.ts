import {
  voucherHoldReason,
  voucherUnitsOf,
  type VoucherOrderItem,
  type VoucherUnitMapping,
  type VoucherUnitsInput,
} from "../voucher-units"

function mapping(overrides: Partial<VoucherUnitMapping> = {}): VoucherUnitMapping {
  return {
    id: "vprod_amazon",
    variant_id: "variant_amazon",
    product_code: "AMAZON-GB",
    merchant: "amazon",
    currency: "GBP",
    face_value_mode: "variant_price",
    fixed_value: null,
    ...overrides,
  }
}

function item(overrides: Partial<VoucherOrderItem> = {}): VoucherOrderItem {
  return {
    id: "item_amazon",
    variant_id: "variant_amazon",
    detail: { quantity: 1 },
    unit_price: 50,
    ...overrides,
  }
}

function unitsOf(overrides: Partial<VoucherUnitsInput> = {}) {
  return voucherUnitsOf({
    currency_code: "gbp",
    items: [item()],
    mappings: [mapping()],
    base_prices: new Map(),
    ...overrides,
  })
}

describe("voucherUnitsOf", () => {
  it("owes one unit per quantity of a mapped line, numbered from 0, with the mapped product", () => {
    expect(unitsOf({ items: [item({ detail: { quantity: 3 } })] })).toEqual(
      [0, 1, 2].map((unit_index) => ({
        line_item_id: "item_amazon",
        unit_index,
        voucher_product_id: "vprod_amazon",
        product_code: "AMAZON-GB",
        merchant: "amazon",
        currency: "GBP",
        value: 50,
        problem: null,
      }))
    )
  })

  it("reads the quantity from the order item, else the line, in Medusa's raw big-number form too", () => {
    const quantities = (line: VoucherOrderItem) => unitsOf({ items: [line] }).length

    expect(quantities(item({ detail: { quantity: 2 }, quantity: 5 }))).toBe(2)
    expect(quantities(item({ detail: null, quantity: 4 }))).toBe(4)
    expect(quantities(item({ detail: { quantity: { value: "3", precision: 20 } } }))).toBe(3)
    expect(quantities(item({ detail: { quantity: 0 } }))).toBe(0)
  })

  it("keeps the lines apart and in order, and owes nothing for unmapped lines or lines without a variant", () => {
    const units = unitsOf({
      items: [
        item({ id: "item_mug", variant_id: "variant_mug", detail: { quantity: 2 } }),
        item({ id: "item_amazon", detail: { quantity: 2 } }),
        null,
        item({ id: "item_custom", variant_id: null }),
        item({ id: "item_itunes", variant_id: "variant_itunes", unit_price: 15 }),
      ],
      mappings: [
        mapping(),
        mapping({
          id: "vprod_itunes",
          variant_id: "variant_itunes",
          product_code: "ITUNES-GB",
          merchant: "apple",
        }),
      ],
    })

    expect(units.map((unit) => [unit.line_item_id, unit.unit_index, unit.product_code, unit.value])).toEqual([
      ["item_amazon", 0, "AMAZON-GB", 50],
      ["item_amazon", 1, "AMAZON-GB", 50],
      ["item_itunes", 0, "ITUNES-GB", 15],
    ])
    expect(unitsOf({ mappings: [] })).toEqual([])
  })

  it("is worth the variant's base price, else the compare-at price, else the unit price: never a sale price", () => {
    const onSale = item({ unit_price: 45, compare_at_unit_price: 50 })

    expect(unitsOf({ items: [onSale], base_prices: new Map([["variant_amazon", 55]]) })[0].value).toBe(55)
    expect(unitsOf({ items: [onSale] })[0].value).toBe(50)
    expect(unitsOf({ items: [item({ unit_price: 45 })] })[0].value).toBe(45)
  })

  it("is worth the mapping's fixed value in fixed mode, whatever the line costs", () => {
    const fixed = mapping({ face_value_mode: "fixed", fixed_value: 25 })

    expect(
      unitsOf({
        mappings: [fixed],
        items: [item({ unit_price: 19.99 })],
        base_prices: new Map([["variant_amazon", 20]]),
      })[0].value
    ).toBe(25)
  })

  it("rounds the face value to the product currency's decimals: none for JPY, three for KWD", () => {
    const yen = mapping({ currency: "JPY", product_code: "AMAZON-JP" })
    const dinar = mapping({ currency: "KWD", product_code: "AMAZON-KW" })

    expect(
      unitsOf({ currency_code: "jpy", mappings: [yen], items: [item({ unit_price: 4999.5 })] })[0].value
    ).toBe(5000)
    expect(
      unitsOf({ currency_code: "kwd", mappings: [dinar], items: [item({ unit_price: "12.3456" })] })[0].value
    ).toBe(12.346)
    expect(
      unitsOf({ currency_code: "kwd", mappings: [dinar], items: [item({ unit_price: "12.345" })] })[0].value
    ).toBe(12.345)
  })

  it("marks every unit of a product sold in another currency than the order", () => {
    const units = unitsOf({ currency_code: "eur", items: [item({ detail: { quantity: 2 } })] })

    expect(units.map((unit) => unit.problem)).toEqual([
      "The order is in EUR but UGiftMe product AMAZON-GB is sold in GBP",
      "The order is in EUR but UGiftMe product AMAZON-GB is sold in GBP",
    ])
  })
})

describe("voucherHoldReason", () => {
  const units = unitsOf({ items: [item({ detail: { quantity: 3 }, unit_price: 40 })] })

  it("is null within the limits, or with none set", () => {
    expect(voucherHoldReason({}, units, "GBP")).toBeNull()
    expect(voucherHoldReason({ maxUnitsPerOrder: 3, maxValuePerOrder: 120 }, units, "GBP")).toBeNull()
  })

  it("names the count over maxUnitsPerOrder", () => {
    expect(voucherHoldReason({ maxUnitsPerOrder: 2 }, units, "GBP")).toBe(
      "Held for review: 3 vouchers is over the limit of 2 per order"
    )
  })

  it("names the total over maxValuePerOrder, summed exactly in three-decimal currencies too", () => {
    const dinars = unitsOf({
      currency_code: "kwd",
      mappings: [mapping({ currency: "KWD" })],
      items: [item({ detail: { quantity: 3 }, unit_price: "0.1" })],
    })

    expect(voucherHoldReason({ maxValuePerOrder: 119.99 }, units, "GBP")).toBe(
      "Held for review: vouchers worth 120 GBP are over the limit of 119.99 GBP per order"
    )
    expect(voucherHoldReason({ maxValuePerOrder: 0.3 }, dinars, "KWD")).toBeNull()
    expect(voucherHoldReason({ maxValuePerOrder: 0.299 }, dinars, "KWD")).toBe(
      "Held for review: vouchers worth 0.3 KWD are over the limit of 0.299 KWD per order"
    )
  })
})
