import type { VoucherOrderRecord } from "../../gifting/voucher-order-records"
import { unitsOf, voucherPollWork } from "../voucher-poll-work"

const unit = (id: string, order_id: string, status: VoucherOrderRecord["status"]) =>
  ({ id, order_id, status }) as VoucherOrderRecord

describe("voucherPollWork", () => {
  it("buys pending units again once per order and checks open order requests one by one", () => {
    const due = [
      unit("v1", "order_a", "pending"),
      unit("v2", "order_b", "queued"),
      unit("v3", "order_a", "pending"),
      unit("v4", "order_a", "processing"),
    ]
    const work = voucherPollWork(due)
    expect(work.map((item) => [item.kind, unitsOf(item).map(({ id }) => id)])).toEqual([
      ["rebuy", ["v1", "v3"]],
      ["check", ["v2"]],
      ["check", ["v4"]],
    ])
  })

  it("leaves out orders already bought again in the run, but still checks their order requests", () => {
    const due = [unit("v1", "order_a", "pending"), unit("v2", "order_a", "queued")]
    const work = voucherPollWork(due, new Set(["order_a"]))
    expect(work).toEqual([{ kind: "check", voucher: due[1] }])
  })
})
