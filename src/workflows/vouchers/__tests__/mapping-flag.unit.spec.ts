import { mappingFlag } from "../steps/refresh-voucher-products"
import type { VoucherProductRecord } from "../../../lib/gifting/voucher-order-records"

const mapping = {
  id: "vprod_1",
  variant_id: "variant_1",
  product_code: "ARGOS_UK_FIXED",
  merchant: "Argos",
  currency: "GBP",
  face_value_mode: "fixed",
  fixed_value: 25,
} as unknown as VoucherProductRecord

describe("mappingFlag", () => {
  it("is null while the product still fits the mapping", () => {
    expect(
      mappingFlag(mapping, { productCode: "ARGOS_UK_FIXED", currency: "GBP", denominations: [10, 25] })
    ).toBeNull()
  })

  it("flags an inactive product, another currency, or a fixed value no longer sold", () => {
    expect(mappingFlag(mapping, { productCode: "ARGOS_UK_FIXED", isActive: false })).toContain("inactive")
    expect(mappingFlag(mapping, { productCode: "ARGOS_UK_FIXED", currency: "EUR" })).toBe(
      "UGiftMe now sells ARGOS_UK_FIXED in EUR, the mapping is in GBP: update or remove it"
    )
    expect(
      mappingFlag(mapping, { productCode: "ARGOS_UK_FIXED", currency: "GBP", denominations: [10, 50] })
    ).toBe(
      "The fixed value no longer fits the product: 25 GBP is not one of the product's denominations (10, 50 GBP)"
    )
  })
})
