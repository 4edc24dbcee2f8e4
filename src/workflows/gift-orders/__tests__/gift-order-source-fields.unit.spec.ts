import { GIFT_ORDER_SOURCE_FIELDS } from "../steps/load-gift-order-source"

/**
 * The relations the Order Module computes an order's totals from. When the
 * fields name some columns of one of them, Medusa 2.18 loads only those
 * columns and its totals come out as 0 (seen in the install test on 2.18.0:
 * "Send as a gift needs a total above 0 EUR" for a €29.95 order).
 */
const TOTALS_RELATIONS = ["items", "shipping_methods", "credit_lines"]

/** The computed fields Query may be asked for on a relation's rows: not columns. */
const COMPUTED_ROW_FIELDS = ["total", "tax_total", "subtotal", "discount_total"]

function fieldsUnder(relation: string): string[] {
  return GIFT_ORDER_SOURCE_FIELDS.filter((field) => field.startsWith(`${relation}.`))
}

describe("the order fields the gift sync reads", () => {
  it.each(["items", "shipping_methods"])("reads %s whole", (relation) => {
    expect(fieldsUnder(relation)).toContain(`${relation}.*`)
  })

  it("names the computed totals it reads, so Query computes them", () => {
    expect(GIFT_ORDER_SOURCE_FIELDS).toEqual(
      expect.arrayContaining([
        "total",
        "credit_line_total",
        "tax_total",
        "shipping_total",
        "shipping_tax_total",
        "items.total",
        "items.tax_total",
      ])
    )
  })

  it("asks for no column of an item or shipping method beside the whole row", () => {
    const partial = TOTALS_RELATIONS.flatMap(fieldsUnder).filter((field) => {
      const [, column, ...nested] = field.split(".")
      return column !== "*" && nested.length === 0 && !COMPUTED_ROW_FIELDS.includes(column)
    })
    expect(partial).toEqual([])
  })
})
