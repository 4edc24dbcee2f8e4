import { writeFile } from "node:fs/promises"
import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { forEachWithConcurrency } from "../../src/lib/concurrency"
import type { GiftyzetCreateOrderInput } from "../../src/lib/giftyzet"
import {
  POLL_CONCURRENCY,
  POLL_GIFTS_IN_WORK,
  POLL_MAX_PER_RUN,
  pollDueGiftOrders,
} from "../../src/jobs/poll-gift-orders"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { pollInterval } from "../../src/workflows/gift-orders/gift-sync-schedule"
import { seededRandom } from "./fault-proxy"

/**
 * Scenario 3 of `npm run bench`, run with `medusa exec` while the store is
 * down (so no scheduled job polls alongside): creates BENCH_POLL_ORDERS gift
 * orders on Giftyzet (through the plugin's client) and their gift rows of
 * mixed ages and states through the module service (a fifth of them due),
 * works through the due gifts in four passes of the poll job's run, oldest
 * due first — gifts in work = read slots ("before": the old batches of
 * reads), twice the read slots ("after", the job's setting), then after,
 * before, so drift in the machine's load falls on both — measures them,
 * deletes the rows and writes a JSON report to BENCH_OUTPUT. Which partner
 * GETs each pass made is read by the caller from its proxy's log.
 */

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

type Kind = "pending" | "terminal" | "failed"
type Planned = {
  order_id: string
  kind: Kind
  status: "pending" | "confirmed" | "dispatched" | "delivered" | "cancelled"
  age_ms: number
  /** next_poll_at relative to the seeding time; null for failed creations. */
  next_poll_offset_ms: number | null
}

const TERMINAL = ["confirmed", "dispatched", "delivered", "cancelled"] as const
const AGE_CLASSES = [
  { share: 0.25, min: 2 * MINUTE, max: HOUR },
  { share: 0.35, min: HOUR, max: DAY },
  { share: 0.25, min: DAY, max: 7 * DAY },
  { share: 0.15, min: 7 * DAY, max: 60 * DAY },
]
/** Share of all gifts (chosen among the pending ones) whose next poll is already due. */
const DUE_SHARE = 0.2
/** Rows not due are at least this far from due, whatever the seeding takes. */
const NOT_DUE_MIN_MS = 2 * MINUTE

function plan(count: number): Planned[] {
  const random = seededRandom(3)
  const between = (min: number, max: number) => min + random() * (max - min)
  const rows = Array.from({ length: count }, (_, index): Planned => {
    const order_id = `order_benchpoll_${String(index).padStart(6, "0")}`
    const roll = random()
    let age = between(2 * MINUTE, 60 * DAY)
    let pick = random()
    for (const ageClass of AGE_CLASSES) {
      if (pick < ageClass.share) {
        age = between(ageClass.min, ageClass.max)
        break
      }
      pick -= ageClass.share
    }
    if (roll < 0.15) {
      // Terminal gifts carry a due time in the past on purpose: only their
      // status may keep them out of the cycle.
      const status = TERMINAL[Math.floor(random() * TERMINAL.length)]
      return { order_id, kind: "terminal", status, age_ms: age, next_poll_offset_ms: -between(MINUTE, HOUR) }
    }
    if (roll < 0.18) {
      return { order_id, kind: "failed", status: "pending", age_ms: age, next_poll_offset_ms: null }
    }
    const offset = Math.max(NOT_DUE_MIN_MS, between(0.3, 1) * pollInterval(age))
    return { order_id, kind: "pending", status: "pending", age_ms: age, next_poll_offset_ms: offset }
  })
  // Exactly DUE_SHARE of all gifts are due, picked at random among the pending ones.
  const pending = rows.filter((row) => row.kind === "pending")
  for (let index = pending.length - 1; index > 0; index--) {
    const swap = Math.floor(random() * (index + 1))
    ;[pending[index], pending[swap]] = [pending[swap], pending[index]]
  }
  for (const row of pending.slice(0, Math.round(count * DUE_SHARE))) {
    row.next_poll_offset_ms = -between(1000, pollInterval(row.age_ms))
  }
  return rows
}

/** The passes over the due gifts, ABBA: gifts in work per pass. */
const PASSES = [POLL_CONCURRENCY, POLL_GIFTS_IN_WORK, POLL_GIFTS_IN_WORK, POLL_CONCURRENCY]

type Pass = {
  gifts_in_work: number
  max_gifts: number
  start: number
  end: number
  cpu_ms: number
  /** "What is due" queries the pass made (`listDueGiftOrders`, one per page of due gifts). */
  due_queries: number
}

function payload(orderId: string): GiftyzetCreateOrderInput {
  return {
    external_order_id: orderId,
    sender_name: "Bench Sender",
    sender_email: "sender@example.com",
    sender_phone: "+49 30 1234567",
    sender_address: "12 Market Street, 10115 Berlin, Germany",
    receiver_name: "Bench Recipient",
    receiver_email: "recipient@example.com",
    items: [{ name: "Ceramic Gift Mug", price: 24.9, quantity: 1 }],
    subtotal: 24.9,
    shipping: 5.95,
    total: 30.85,
  }
}

function memorySampler() {
  const peak = { rss: 0, heapUsed: 0 }
  const sample = () => {
    const usage = process.memoryUsage()
    peak.rss = Math.max(peak.rss, usage.rss)
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed)
  }
  sample()
  const timer = setInterval(sample, 20)
  return {
    stop() {
      clearInterval(timer)
      sample()
      return peak
    },
  }
}

const MB = 1024 * 1024

/** Heap in use after a full collection (needs `--expose-gc`; else as it stands). */
function heapAfterGc(): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  return process.memoryUsage().heapUsed
}

export default async function benchPollCycle({ container }: ExecArgs): Promise<void> {
  const count = Number(process.env.BENCH_POLL_ORDERS || 10_000)
  const output = process.env.BENCH_OUTPUT
  if (!output) throw new MedusaError(MedusaError.Types.INVALID_DATA, "BENCH_OUTPUT is required")
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const client = await gifting.getGiftyzetClient()
  const rows = plan(count)

  const partner = new Map<string, { id: string; number: string; link: string }>()
  const created = await forEachWithConcurrency(rows, 32, async (row) => {
    const answer = await client.createOrder(payload(row.order_id))
    partner.set(row.order_id, {
      id: answer.order_id,
      number: answer.order_number,
      link: answer.recipient_link,
    })
  })
  if (created.failed.length)
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${created.failed.length} Giftyzet orders could not be created`
    )

  const seededAt = Date.now()
  const ids: string[] = []
  for (let start = 0; start < rows.length; start += 500) {
    const batch = rows.slice(start, start + 500).map((row) => {
      const synced = row.kind !== "failed"
      const link = partner.get(row.order_id)!
      return {
        order_id: row.order_id,
        status: row.status,
        sync_state: synced ? ("synced" as const) : ("failed" as const),
        sync_attempts: 1,
        giftyzet_order_id: synced ? link.id : null,
        order_number: synced ? link.number : null,
        recipient_link: synced ? link.link : null,
        created_at: new Date(seededAt - row.age_ms),
        last_polled_at: synced ? new Date(seededAt - 2 * MINUTE) : null,
        next_poll_at: row.next_poll_offset_ms === null ? null : new Date(seededAt + row.next_poll_offset_ms),
        next_attempt_at: synced ? null : new Date(seededAt + HOUR),
        confirmed_at:
          row.kind === "terminal" && row.status !== "cancelled" ? new Date(seededAt - MINUTE) : null,
      }
    })
    const inserted = await gifting.createGiftOrders(batch)
    ids.push(...inserted.map((row) => row.id))
  }
  const [sample] = await gifting.listGiftOrders({ order_id: rows[0].order_id }, { select: ["created_at"] })
  const createdAtKept = Math.abs(new Date(sample.created_at).getTime() - (seededAt - rows[0].age_ms)) < 1000

  const retainedBefore = heapAfterGc()
  const memoryBefore = process.memoryUsage()
  const sampler = memorySampler()
  const dueCount = rows.filter(
    (row) => row.kind === "pending" && (row.next_poll_offset_ms ?? Infinity) < 0
  ).length
  // Counts the job's "what is due" queries (one per page, never one per gift).
  let dueQueries = 0
  const listDueGiftOrders = gifting.listDueGiftOrders.bind(gifting)
  gifting.listDueGiftOrders = (...args) => {
    dueQueries += 1
    return listDueGiftOrders(...args)
  }
  const jobStart = Date.now()
  const passes: Pass[] = []
  for (const [index, giftsInWork] of PASSES.entries()) {
    // The due set split in four: the last pass takes what is left.
    const maxGifts =
      index === PASSES.length - 1
        ? Math.max(1, dueCount - passes.reduce((sum, pass) => sum + pass.max_gifts, 0))
        : Math.floor(dueCount / PASSES.length)
    const cpuBefore = process.cpuUsage()
    const queriesBefore = dueQueries
    const start = Date.now()
    await pollDueGiftOrders(container, { giftsInWork, maxGifts })
    const end = Date.now()
    const cpu = process.cpuUsage(cpuBefore)
    passes.push({
      gifts_in_work: giftsInWork,
      max_gifts: maxGifts,
      start,
      end,
      cpu_ms: (cpu.user + cpu.system) / 1000,
      due_queries: dueQueries - queriesBefore,
    })
  }
  const jobEnd = Date.now()
  gifting.listDueGiftOrders = listDueGiftOrders
  const peak = sampler.stop()
  const retainedAfter = heapAfterGc()

  // For comparison: what holding every row at once would cost.
  const beforeAll = heapAfterGc()
  const everyRow = await gifting.listGiftOrders({ id: ids }, { take: count })
  const allRowsAtOnce = heapAfterGc() - beforeAll

  const due = rows.filter(
    (row) => row.kind === "pending" && seededAt + (row.next_poll_offset_ms ?? Infinity) <= jobStart
  )
  const polledRows = await gifting.listGiftOrders(
    { id: ids, last_polled_at: { $gte: new Date(jobStart) } },
    { select: ["order_id"], take: count }
  )
  for (let start = 0; start < ids.length; start += 1000) {
    await gifting.deleteGiftOrders(ids.slice(start, start + 1000))
  }

  const byKind = (kind: Kind) => rows.filter((row) => row.kind === kind).length
  await writeFile(
    output,
    JSON.stringify({
      rows: count,
      pending: byKind("pending"),
      terminal: byKind("terminal"),
      failed_creations: byKind("failed"),
      created_at_kept: createdAtKept,
      due_order_ids: due.map((row) => row.order_id),
      terminal_order_ids: rows.filter((row) => row.kind === "terminal").map((row) => row.order_id),
      polled_rows: polledRows.map((row) => row.order_id),
      seeding_to_cycle_ms: jobStart - seededAt,
      job_start: jobStart,
      job_end: jobEnd,
      cycle_ms: jobEnd - jobStart,
      poll_concurrency: POLL_CONCURRENCY,
      poll_gifts_in_work: POLL_GIFTS_IN_WORK,
      passes,
      poll_max_per_run: POLL_MAX_PER_RUN,
      memory: {
        rss_before_mb: Math.round(memoryBefore.rss / MB),
        rss_peak_mb: Math.round(peak.rss / MB),
        heap_used_before_mb: Math.round(memoryBefore.heapUsed / MB),
        heap_used_peak_mb: Math.round(peak.heapUsed / MB),
        heap_retained_growth_mb: Math.round(((retainedAfter - retainedBefore) / MB) * 10) / 10,
        all_rows_at_once_mb: Math.round((allRowsAtOnce / MB) * 10) / 10,
        all_rows_loaded: everyRow.length,
        gc_exposed: typeof (globalThis as { gc?: unknown }).gc === "function",
      },
    })
  )
}
