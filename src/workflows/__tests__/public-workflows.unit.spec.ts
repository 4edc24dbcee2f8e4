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

/** Job runs are not workflows: they live in `src/jobs` and are not part of the public workflows. */
describe("medusa-plugin-gifting/workflows leaves job runs out", () => {
  it.each(["pollVoucherOrders", "pollDueVoucherOrders", "dueGiftOrderIds"])("does not export %s", (name) => {
    expect(Object.keys(publicWorkflows)).not.toContain(name)
  })
})
