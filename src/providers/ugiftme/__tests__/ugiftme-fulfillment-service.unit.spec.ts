import { MedusaError } from "@medusajs/framework/utils"
import { VOUCHER_RECEIPT_KEY, type VoucherReceiptEntry } from "../../../lib/gifting/voucher-receipt"
import { UgiftmeFulfillmentService, VOUCHER_EMAIL_OPTION_ID } from "../service"

const provider = new UgiftmeFulfillmentService({}, {})
const shippingData = { kind: "ugiftme_voucher", recipient_email: "friend@example.com" }
const entry = (
  id: string,
  line_item_id: string,
  unit_index: number,
  status: VoucherReceiptEntry["status"] = "succeeded"
) => ({
  voucher_order_id: id,
  line_item_id,
  unit_index,
  status,
  ugiftme_order_id: status === "succeeded" ? `ug_${id}` : null,
  order_request_id: status === "succeeded" ? null : `req_${id}`,
})

async function failure(run: () => Promise<unknown>): Promise<MedusaError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof MedusaError) return error
    throw error
  }
  throw new Error("expected a MedusaError")
}

describe("UgiftmeFulfillmentService", () => {
  it("offers one option, 'Digital voucher by email', and validates only it", async () => {
    expect(await provider.getFulfillmentOptions()).toEqual([
      { id: VOUCHER_EMAIL_OPTION_ID, name: "Digital voucher by email", is_digital: true },
    ])
    expect(await provider.validateOption({ id: VOUCHER_EMAIL_OPTION_ID })).toBe(true)
    expect(await provider.validateOption({ id: "other" })).toBe(false)
  })

  it("fails the boot on a malformed option, naming it", () => {
    expect(() => UgiftmeFulfillmentService.validateOptions({ optionName: " " })).toThrow(
      'option "optionName" (env UGIFTME_OPTION_NAME) must not be empty'
    )
  })

  it("rejects checkout data without a recipient email with INVALID_DATA naming the field", async () => {
    const error = await failure(() =>
      provider.validateFulfillmentData({}, { recipient_name: "A" }, {} as never)
    )

    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toBe("Digital voucher: recipient_email is required")
  })

  it("refuses to create a fulfillment without the workflow's receipt, pointing to the voucher route", async () => {
    const error = await failure(() =>
      provider.createFulfillment(shippingData, [{ line_item_id: "li_1", quantity: 1 }], { id: "order_1" }, {})
    )

    expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(error.message).toContain("POST /admin/gifting/orders/order_1/vouchers/fulfill")
  })

  it("records a receipt that covers every unit, and refuses one that does not", async () => {
    const items = [
      { line_item_id: "li_1", quantity: 2 },
      { line_item_id: "li_2", quantity: 1 },
    ]
    const receipt = [entry("v1", "li_1", 0), entry("v2", "li_1", 1, "queued"), entry("v3", "li_2", 0)]

    const created = await provider.createFulfillment(
      shippingData,
      items,
      { id: "order_1" },
      {},
      {
        [VOUCHER_RECEIPT_KEY]: receipt,
      }
    )
    const short = await failure(() =>
      provider.createFulfillment(
        shippingData,
        items,
        { id: "order_1" },
        {},
        { [VOUCHER_RECEIPT_KEY]: receipt.slice(1) }
      )
    )
    const refused = await failure(() =>
      provider.createFulfillment(
        shippingData,
        items.slice(1),
        { id: "order_1" },
        {},
        {
          [VOUCHER_RECEIPT_KEY]: [entry("v3", "li_2", 0, "failed")],
        }
      )
    )

    expect(created).toEqual({ data: { ...shippingData, vouchers: receipt }, labels: [] })
    expect(short.message).toBe("Digital voucher: line item li_1: 2 unit(s) to fulfil but 1 voucher(s) bought")
    expect(refused.message).toBe("Digital voucher: voucher v3 was not accepted by UGiftMe (failed)")
  })

  it("refuses to cancel a fulfillment with issued vouchers, explaining why; allows it when all failed", async () => {
    const issued = { ...shippingData, vouchers: [entry("v1", "li_1", 0), entry("v2", "li_1", 1, "failed")] }
    const allFailed = { ...shippingData, vouchers: [entry("v2", "li_1", 1, "failed")] }

    const error = await failure(() => provider.cancelFulfillment(issued))

    expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(error.message).toBe(
      "Issued vouchers cannot be recalled: 1 UGiftMe voucher(s) of this fulfillment were paid from the merchant's " +
        "UGiftMe wallet and are emailed to friend@example.com by UGiftMe. Refund the customer instead if needed."
    )
    await expect(provider.cancelFulfillment(allFailed)).resolves.toEqual({})
  })
})
