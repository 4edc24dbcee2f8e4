import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { pageDueRows, type DueRow } from "../../src/lib/jobs/due-pages"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"

jest.setTimeout(120_000)

const NOW = new Date("2026-06-01T12:00:00.000Z")
const minutes = (count: number) => new Date(NOW.getTime() + count * 60_000)

let orderNumber = 0
/** A gift row that is synced, pending, its claim window open, and due for nothing unless `fields` say so. */
const gift = (fields: Record<string, unknown> = {}) => ({
  order_id: `order_${String(++orderNumber).padStart(4, "0")}`,
  sync_state: "synced" as const,
  status: "pending" as const,
  claim_state: "open" as const,
  ...fields,
})

let unitNumber = 0
const unit = (fields: Record<string, unknown> = {}) => {
  unitNumber += 1
  return {
    order_id: "order_vouchers",
    line_item_id: `item_${unitNumber}`,
    unit_index: 0,
    idempotency_key: `key_${unitNumber}`,
    recipient_email: "friend@example.com",
    product_code: "AMZ",
    merchant: "Amazon",
    value: 25,
    currency: "eur",
    ...fields,
  }
}

async function allPages(pages: AsyncGenerator<DueRow[]>): Promise<string[][]> {
  const out: string[][] = []
  for await (const page of pages) out.push(page.map((row) => row.id))
  return out
}

moduleIntegrationTestRunner<GiftingModuleService>({
  moduleName: GIFTING_MODULE,
  resolve: "./src/modules/gifting",
  testSuite: ({ service, MikroOrmWrapper }) => {
    describe("listDueGiftOrders", () => {
      it("returns the gifts due for a poll, oldest first, and never the ones not due, terminal or parked", async () => {
        const [due, older] = await service.createGiftOrders([
          gift({ next_poll_at: minutes(-1) }),
          gift({ next_poll_at: minutes(-30) }),
        ])
        await service.createGiftOrders([
          gift({ next_poll_at: minutes(5) }), // not due yet
          gift({ next_poll_at: null }), // never scheduled
          gift({ next_poll_at: minutes(-5), status: "confirmed" }), // terminal
          gift({ next_poll_at: minutes(-5), status: "delivered" }), // terminal
          gift({ next_poll_at: minutes(-5), claim_state: "expired" }), // claim window over
          gift({ next_poll_at: minutes(-5), sync_state: "failed" }), // not on Giftyzet
          gift({ next_poll_at: null, parked_at: minutes(-10), parked_reason: "poll failed" }), // parked
        ])

        const rows = await service.listDueGiftOrders("poll", NOW, { take: 100 })

        expect(rows).toEqual([
          { id: older.id, order_id: older.order_id, due_at: minutes(-30) },
          { id: due.id, order_id: due.order_id, due_at: minutes(-1) },
        ])
      })

      it("finds each kind by its own due time: creation retries, claim steps, status reports", async () => {
        const [retry, claim, report] = await service.createGiftOrders([
          gift({ sync_state: "failed", next_attempt_at: minutes(-2) }),
          gift({ claim_next_at: minutes(-3) }),
          gift({ status: "cancelled", status_report: "cancelled", status_report_next_at: minutes(-4) }),
        ])
        await service.createGiftOrders([
          gift({ sync_state: "failed", next_attempt_at: minutes(2) }),
          gift({ sync_state: "failed", next_attempt_at: null }), // waits for staff
          gift({ claim_next_at: minutes(3) }),
          gift({ claim_state: "claimed", claim_next_at: minutes(-3) }), // window closed
          gift({ status_report: "cancelled", status_report_next_at: minutes(4) }),
        ])

        const ids = async (kind: "retry" | "claim" | "report") =>
          (await service.listDueGiftOrders(kind, NOW, { take: 100 })).map((row) => row.id)
        expect(await ids("retry")).toEqual([retry.id])
        expect(await ids("claim")).toEqual([claim.id])
        expect(await ids("report")).toEqual([report.id])
      })

      it("pages past a page boundary inside a run of equal due times, each due gift exactly once", async () => {
        const same = minutes(-10)
        const created = await service.createGiftOrders([
          ...Array.from({ length: 5 }, () => gift({ next_poll_at: same })),
          gift({ next_poll_at: minutes(-20) }),
          gift({ next_poll_at: minutes(-1) }),
        ])
        await service.createGiftOrders([gift({ next_poll_at: minutes(1) }), gift({ status: "confirmed" })])
        const byId = (ids: string[]) => [...ids].sort()
        const expected = [created[5].id, ...byId(created.slice(0, 5).map((row) => row.id)), created[6].id]

        const pages = await allPages(
          pageDueRows((page) => service.listDueGiftOrders("poll", NOW, page), { maxTotal: 100, pageSize: 2 })
        )

        expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 1])
        expect(pages.flat()).toEqual(expected)
      })
    })

    describe("listDueVoucherOrders", () => {
      it("returns open units whose poll time has come, paged, and never settled, held or future ones", async () => {
        const due = await service.createVoucherOrders([
          unit({ status: "pending", next_poll_at: minutes(-3) }),
          unit({ status: "queued", next_poll_at: minutes(-2) }),
          unit({ status: "processing", next_poll_at: minutes(-1) }),
        ])
        await service.createVoucherOrders([
          unit({ status: "queued", next_poll_at: minutes(1) }), // not due yet
          unit({ status: "succeeded", next_poll_at: minutes(-5) }), // terminal
          unit({ status: "failed", next_poll_at: minutes(-5) }), // terminal
          unit({ status: "held", next_poll_at: null }),
          unit({ status: "parked", next_poll_at: minutes(-5) }),
          unit({ status: "cancelled", next_poll_at: null }),
        ])

        const pages = await allPages(
          pageDueRows((page) => service.listDueVoucherOrders(NOW, page), { maxTotal: 100, pageSize: 2 })
        )

        expect(pages).toEqual([[due[0].id, due[1].id], [due[2].id]])
        const [first] = await service.listDueVoucherOrders(NOW, { take: 1 })
        expect(first).toMatchObject({ id: due[0].id, status: "pending", due_at: minutes(-3) })
      })
    })

    describe("listUnsyncedGiftOrderIds and listStuckGiftOrders", () => {
      it("answers which orders have no gift row or one stuck in waiting, in one call", async () => {
        await service.createGiftOrders([
          gift({ order_id: "order_waiting", sync_state: "waiting" }),
          gift({ order_id: "order_synced" }),
          gift({ order_id: "order_failed", sync_state: "failed" }),
        ])
        const candidates = ["order_missing", "order_waiting", "order_synced", "order_failed"]

        expect(await service.listUnsyncedGiftOrderIds(candidates, minutes(60 * 24 * 365))).toEqual([
          "order_missing",
          "order_waiting",
        ])
        // A row waiting since after `stuckBefore` is still being handled.
        expect(await service.listUnsyncedGiftOrderIds(candidates, new Date(0))).toEqual(["order_missing"])
        expect(await service.listUnsyncedGiftOrderIds([], NOW)).toEqual([])

        const stuck = await service.listStuckGiftOrders(minutes(60 * 24 * 365), { take: 10 })
        expect(stuck.map((row) => row.order_id)).toEqual(["order_waiting"])
        expect(await service.listStuckGiftOrders(new Date(0), { take: 10 })).toEqual([])
      })
    })

    describe("the due queries' indexes", () => {
      /**
       * The plan PostgreSQL picks for a page of a due query (the shape
       * `listDueGiftOrders` / `listDueVoucherOrders` send: filters, the keyset
       * condition, order by due time and id, a limit), with sequential scans
       * off so the tiny test table does not hide which index serves it.
       */
      async function planOf(sql: string): Promise<string> {
        const knex = MikroOrmWrapper.forkManager().getKnex()
        return knex.transaction(async (trx) => {
          await trx.raw("ANALYZE gift_order")
          await trx.raw("ANALYZE voucher_order")
          await trx.raw("SET LOCAL enable_seqscan = off")
          const plan = await trx.raw(`EXPLAIN (FORMAT JSON) ${sql}`)
          return JSON.stringify(plan.rows)
        })
      }
      const page = (column: string) =>
        `AND ${column} <= now() AND (${column} > now() - interval '1 day' OR (${column} = now() - interval '1 day' AND id > 'gift_0')) ORDER BY ${column} ASC, id ASC LIMIT 100`

      beforeEach(async () => {
        // A store's mix: most gifts polled, a few failed creations, claim steps and reports due.
        await service.createGiftOrders(
          Array.from({ length: 400 }, (_, index) =>
            index % 20 === 0
              ? gift({ sync_state: "failed", next_attempt_at: minutes(index - 200) })
              : index % 20 === 1
                ? gift({
                    status: "cancelled",
                    status_report: "cancelled",
                    status_report_next_at: minutes(index),
                  })
                : index % 4 === 0
                  ? gift({ status: "delivered", claim_state: "claimed" })
                  : gift({ next_poll_at: minutes(index - 200), claim_next_at: minutes(index - 100) })
          )
        )
        await service.createVoucherOrders(
          Array.from({ length: 200 }, (_, index) =>
            unit(
              index % 4 === 0
                ? { status: "succeeded" }
                : { status: "queued", next_poll_at: minutes(index - 100) }
            )
          )
        )
      })

      it.each([
        [
          "poll",
          `SELECT id, order_id, next_poll_at FROM gift_order WHERE deleted_at IS NULL AND sync_state = 'synced' AND status = 'pending' AND claim_state IN ('open', 'claimed') ${page("next_poll_at")}`,
          "IDX_gift_order_status_next_poll_at",
        ],
        [
          "retry",
          `SELECT id, order_id, next_attempt_at FROM gift_order WHERE deleted_at IS NULL AND sync_state = 'failed' ${page("next_attempt_at")}`,
          "IDX_gift_order_sync_state_next_attempt_at",
        ],
        [
          "claim",
          `SELECT id, order_id, claim_next_at FROM gift_order WHERE deleted_at IS NULL AND claim_state = 'open' ${page("claim_next_at")}`,
          "IDX_gift_order_claim_state_claim_next_at",
        ],
        [
          "report",
          `SELECT id, order_id, status_report_next_at FROM gift_order WHERE deleted_at IS NULL ${page("status_report_next_at")}`,
          "IDX_gift_order_status_report_next_at",
        ],
        [
          "voucher poll",
          `SELECT * FROM voucher_order WHERE deleted_at IS NULL AND status IN ('pending', 'queued', 'processing') ${page("next_poll_at")}`,
          "IDX_voucher_order_next_poll_at_id",
        ],
      ])("the %s query is served by its due-time index", async (_kind, sql, index) => {
        expect(await planOf(sql)).toContain(index)
      })
    })
  },
})
