import { faceValueProblem, pickBasePrice, voucherFaceValue } from "../voucher-value"

describe("voucherFaceValue", () => {
  it("is the base price given in variant_price mode, rounded to the currency", () => {
    expect(voucherFaceValue({ face_value_mode: "variant_price" }, 25, "GBP")).toBe(25)
    expect(voucherFaceValue({ face_value_mode: "variant_price" }, "19.999", "EUR")).toBe(20)
  })

  it("is the mapping's fixed value in fixed mode, whatever the price", () => {
    expect(voucherFaceValue({ face_value_mode: "fixed", fixed_value: 50 }, 45, "GBP")).toBe(50)
  })
})

describe("pickBasePrice", () => {
  it("takes the price in the currency outside any price list, rule or quantity tier", () => {
    const prices = [
      { amount: 45, currency_code: "gbp", price_list_id: "plist_sale", rules_count: 0 },
      { amount: 48, currency_code: "gbp", price_list_id: null, rules_count: 1 },
      { amount: 40, currency_code: "gbp", price_list_id: null, rules_count: 0, min_quantity: 10 },
      { amount: 60, currency_code: "eur", price_list_id: null, rules_count: 0 },
      { amount: 50, currency_code: "gbp", price_list_id: null, rules_count: 0, min_quantity: null },
    ]

    expect(pickBasePrice(prices, "GBP")).toBe(50)
    expect(pickBasePrice(prices, "usd")).toBeUndefined()
    expect(pickBasePrice([null, prices[0]], "gbp")).toBeUndefined()
  })
})

describe("faceValueProblem", () => {
  it("accepts a denomination and refuses another value, listing the denominations", () => {
    const rules = { denominations: [10, 25, 50] }

    expect(faceValueProblem(rules, 25, "GBP")).toBeUndefined()
    expect(faceValueProblem(rules, "25.00", "GBP")).toBeUndefined()
    expect(faceValueProblem(rules, 20, "GBP")).toBe(
      "20 GBP is not one of the product's denominations (10, 25, 50 GBP)"
    )
  })

  it("checks a range inclusively", () => {
    const rules = { minValue: 5, maxValue: 500 }

    expect(faceValueProblem(rules, 5, "GBP")).toBeUndefined()
    expect(faceValueProblem(rules, 500, "GBP")).toBeUndefined()
    expect(faceValueProblem(rules, 4.99, "GBP")).toBe("4.99 GBP is below the product's minimum of 5 GBP")
    expect(faceValueProblem(rules, 500.01, "GBP")).toBe(
      "500.01 GBP is above the product's maximum of 500 GBP"
    )
  })

  it("accepts any positive value when the product states no rules, and refuses zero", () => {
    expect(faceValueProblem({}, 123.45, "EUR")).toBeUndefined()
    expect(faceValueProblem({}, 0, "EUR")).toBe("a face value must be positive, got 0 EUR")
  })
})
