import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import type { VoucherOrderRecord } from "../../src/lib/gifting/voucher-order-records"
import {
  VOUCHER_SHIPPING_DATA_KIND,
  type VoucherShippingData,
} from "../../src/lib/gifting/voucher-shipping-data"
import type { VoucherUnit } from "../../src/lib/gifting/voucher-units"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import {
  ensureVoucherUnitsStep,
  type EnsureVoucherUnitsInput,
} from "../../src/workflows/vouchers/steps/ensure-voucher-units"
import { purchaseVouchersStep } from "../../src/workflows/vouchers/steps/purchase-vouchers"
import { startVoucherSandbox, VOUCHER_TEST_API_KEY, type VoucherSandbox } from "../helpers/voucher-store"

jest.setTimeout(60_000)

/** Each step alone, in a one-step workflow. */
const ensureVoucherUnitsAlone = createWorkflow(
  "test-ensure-voucher-units-step",
  (input: EnsureVoucherUnitsInput) => new WorkflowResponse(ensureVoucherUnitsStep(input))
)
const purchaseVouchersAlone = createWorkflow(
  "test-purchase-vouchers-step",
  (input: { order_id: string; active: boolean }) => new WorkflowResponse(purchaseVouchersStep(input))
)

const recipient: VoucherShippingData = {
  kind: VOUCHER_SHIPPING_DATA_KIND,
  recipient_email: "rosa@example.com",
  recipient_name: "Rosa Recipient",
}

function unit(line_item_id: string, unit_index: number, overrides: Partial<VoucherUnit> = {}): VoucherUnit {
  return {
    line_item_id,
    unit_index,
    voucher_product_id: "vprod_amazon",
    product_code: "AMAZON_UK_STD",
    merchant: "Amazon UK",
    currency: "GBP",
    value: 25,
    problem: null,
    ...overrides,
  }
}

/** The links the step asks for, recorded: the link module is not part of a module test. */
type LinkRows = Record<string, Record<string, string>>[]
const linked: LinkRows = []
const recordingLink = {
  create: async (rows: LinkRows) => {
    linked.push(...rows)
    return rows
  },
}

let ugiftme: VoucherSandbox

beforeAll(async () => {
  ugiftme = await startVoucherSandbox()
})

afterAll(async () => {
  await ugiftme.sandbox.close()
})

moduleIntegrationTestRunner<GiftingModuleService>({
  moduleName: GIFTING_MODULE,
  resolve: "./src/modules/gifting",
  // Its own database, apart from the module runner's default one.
  dbName: "gifting-step-voucher-purchase-ledger",
  injectedDependencies: { [ContainerRegistrationKeys.LINK]: recordingLink },
  testSuite: ({ service, medusaApp }) => {
    const container = () => medusaApp.sharedContainer as MedusaContainer
    const ensureUnits = async (input: EnsureVoucherUnitsInput) =>
      (await ensureVoucherUnitsAlone(container()).run({ input })).result as VoucherOrderRecord[]
    const purchase = async (order_id: string) =>
      (await purchaseVouchersAlone(container()).run({ input: { order_id, active: true } })).result
    const ledgerOf = async (order_id: string) =>
      (await service.listVoucherOrders(
        { order_id },
        { order: { line_item_id: "ASC", unit_index: "ASC" } }
      )) as VoucherOrderRecord[]

    beforeEach(async () => {
      linked.length = 0
      await ugiftme.control.reset()
    })

    describe("ensureVoucherUnitsStep (the ledger, before any partner call)", () => {
      it("writes one pending row per unit, keyed by its derived key, and links each to the order", async () => {
        const rows = await ensureUnits({
          order_id: "order_ledger",
          recipient,
          units: [unit("item_a", 0), unit("item_a", 1), unit("item_b", 0, { value: 50 })],
        })

        expect(
          rows.map((row) => [row.idempotency_key, row.status, Number(row.value), row.recipient_email])
        ).toEqual([
          ["mpg-voucher:order_ledger:item_a:0", "pending", 25, "rosa@example.com"],
          ["mpg-voucher:order_ledger:item_a:1", "pending", 25, "rosa@example.com"],
          ["mpg-voucher:order_ledger:item_b:0", "pending", 50, "rosa@example.com"],
        ])
        // Due for the poll job soon, so a run that dies before buying is picked up.
        expect(rows.every((row) => row.next_poll_at !== null)).toBe(true)
        expect(linked).toEqual(
          rows.map((row) => ({ order: { order_id: "order_ledger" }, gifting: { voucher_order_id: row.id } }))
        )
      })

      it("keeps the rows that exist as they are on a re-run, and links only the new ones", async () => {
        const [first] = await ensureUnits({ order_id: "order_rerun", recipient, units: [unit("item_a", 0)] })
        linked.length = 0

        const rows = await ensureUnits({
          order_id: "order_rerun",
          recipient: { ...recipient, recipient_email: "someone-else@example.com" },
          units: [unit("item_a", 0, { value: 99 }), unit("item_a", 1)],
        })

        expect(rows).toHaveLength(2)
        expect(rows[0]).toMatchObject({ id: first.id, recipient_email: "rosa@example.com" })
        expect(Number(rows[0].value)).toBe(25)
        expect(linked).toEqual([
          { order: { order_id: "order_rerun" }, gifting: { voucher_order_id: rows[1].id } },
        ])
      })

      it("writes each unit once when two runs race", async () => {
        const input = { order_id: "order_race", recipient, units: [unit("item_a", 0), unit("item_a", 1)] }

        const [one, other] = await Promise.all([ensureUnits(input), ensureUnits(input)])

        const ledger = await ledgerOf("order_race")
        expect(ledger.map((row) => row.idempotency_key)).toEqual([
          "mpg-voucher:order_race:item_a:0",
          "mpg-voucher:order_race:item_a:1",
        ])
        expect(one.map((row) => row.id).sort()).toEqual(ledger.map((row) => row.id).sort())
        expect(other.map((row) => row.id).sort()).toEqual(ledger.map((row) => row.id).sort())
      })

      it("starts a unit that cannot be bought failed, and an order over a limit held, neither due", async () => {
        const failed = await ensureUnits({
          order_id: "order_problem",
          recipient,
          units: [
            unit("item_a", 0, {
              problem: "The order is in EUR but UGiftMe product AMAZON_UK_STD is sold in GBP",
            }),
          ],
        })
        const held = await ensureUnits({
          order_id: "order_held",
          recipient,
          units: [unit("item_b", 0)],
          hold_reason: "Held for review: 1 vouchers is over the limit of 0 per order",
        })

        expect(failed[0]).toMatchObject({
          status: "failed",
          error: "The order is in EUR but UGiftMe product AMAZON_UK_STD is sold in GBP",
          next_poll_at: null,
        })
        expect(held[0]).toMatchObject({
          status: "held",
          error: "Held for review: 1 vouchers is over the limit of 0 per order",
          next_poll_at: null,
        })
      })
    })

    describe("purchaseVouchersStep (one purchase per unit, under its key)", () => {
      it("buys every pending unit once, with the row's key, and records what UGiftMe answered", async () => {
        await ensureUnits({ order_id: "order_buy", recipient, units: [unit("item_a", 0), unit("item_a", 1)] })

        const { vouchers, changes } = await purchase("order_buy")

        expect(vouchers.map((row) => [row.status, row.key_sends, row.attempts])).toEqual([
          ["succeeded", 1, 1],
          ["succeeded", 1, 1],
        ])
        expect(vouchers.every((row) => typeof row.ugiftme_order_id === "string")).toBe(true)
        expect(changes.map((change) => change.status)).toEqual(["succeeded", "succeeded"])
        const counters = await ugiftme.control.counters()
        expect(counters.ordersCreated).toBe(2)
        expect(counters.ordersByIdempotencyKey).toEqual({
          "mpg-voucher:order_buy:item_a:0": 1,
          "mpg-voucher:order_buy:item_a:1": 1,
        })
      })

      it("buys nothing again once every unit succeeded", async () => {
        await ensureUnits({ order_id: "order_twice", recipient, units: [unit("item_a", 0)] })
        await purchase("order_twice")

        const again = await purchase("order_twice")

        expect(again.changes).toEqual([])
        expect((await ugiftme.control.counters()).ordersCreated).toBe(1)
      })

      it("gets the voucher of a purchase whose answer was lost back under the same key, never a second one", async () => {
        await ensureUnits({ order_id: "order_lost", recipient, units: [unit("item_a", 0)] })
        // UGiftMe creates the order and debits the wallet, then the connection drops.
        await ugiftme.control.debitThenFail(1, "drop")

        const { vouchers } = await purchase("order_lost")

        const counters = await ugiftme.control.counters()
        // Sent twice with the same key: the second answer is UGiftMe's replay of the first.
        expect(counters.requests.byRoute).toEqual({ "POST /orders": 2 })
        expect(vouchers[0]).toMatchObject({ status: "succeeded", error: null })
        expect(counters.ordersByIdempotencyKey).toEqual({ "mpg-voucher:order_lost:item_a:0": 1 })
        expect(counters.debits[VOUCHER_TEST_API_KEY].count).toBe(1)
      })

      it("fails a unit UGiftMe refuses with the reason, and still buys the next one", async () => {
        await ensureUnits({
          order_id: "order_refused",
          recipient,
          units: [unit("item_a", 0), unit("item_b", 0)],
        })
        await ugiftme.control.failNextOrders(1, { status: 402 })

        const { vouchers, changes } = await purchase("order_refused")

        expect(vouchers.map((row) => row.status)).toEqual(["failed", "succeeded"])
        expect(changes.map((change) => change.status)).toEqual(["failed", "succeeded"])
        expect(changes[0].error).toEqual(expect.any(String))
        expect((await ugiftme.control.counters()).ordersCreated).toBe(1)
      })
    })
  },
})
