import * as publicWorkflows from "../index"

/** `medusa-plugin-gifting/workflows` is `src/workflows/index.ts`: every public workflow. */
describe("medusa-plugin-gifting/workflows", () => {
  it.each([
    "syncGiftOrderWorkflow",
    "refreshGiftOrderStatusWorkflow",
    "reportGiftStatusWorkflow",
    "notifyGiftRecipientWorkflow",
    "buyOrderVouchersWorkflow",
    "syncVoucherOrderWorkflow",
    "retryVoucherOrderWorkflow",
    "registerUgiftmeWebhookWorkflow",
    "cancelOrderVouchersWorkflow",
  ])("exports %s", (name) => {
    expect(typeof (publicWorkflows as Record<string, unknown>)[name]).toBe("function")
  })
})
