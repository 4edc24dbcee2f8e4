import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { startFaultProxy, type FaultProxy, type ProxyRequest } from "../../scripts/bench/fault-proxy"
import pollGiftOrdersJob from "../../src/jobs/poll-gift-orders"
import pollVoucherOrdersJob from "../../src/jobs/poll-voucher-orders"
import { GiftyzetClient } from "../../src/lib/giftyzet"
import { UgiftmeClient } from "../../src/lib/ugiftme"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import { GIFT_ORDER_PARKED_EVENT } from "../../src/modules/gifting/events"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { VOUCHER_ORDER_PARKED_EVENT } from "../../src/modules/gifting/voucher-events"
import { buildVoucherPurchase } from "../../src/lib/gifting/voucher-payload"
import { loginAsNewAdmin, type AuthHeaders } from "../helpers/admin-auth"
import { GIFTYZET_TEST_KEY, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import { startVoucherSandbox, VOUCHER_TEST_API_KEY, type VoucherSandbox } from "../helpers/voucher-store"
import { runJob, seedDueGifts } from "./helpers/due-gifts"
import { printSummary } from "./helpers/summary"

// Rows are seeded straight through the module (no checkout), so the test is
// small in time even at these counts; the jobs run in-process.
jest.setTimeout(300_000)

const POISON_GIFTS = 100
const POISON_VOUCHERS = 60
const PARK_AFTER = 3
/** How many job runs the healthy rows may wait behind the poison ones. */
const FIRST_RUNS = 2

const HOUR = 60 * 60_000
const POISON_GIFT_PREFIX = "order_poison_gift_"
const POISON_VOUCHER_PREFIX = "order_poison_voucher_"

/**
 * A Giftyzet answer that passes the client's schema but cannot be stored: the
 * refresh throws after the read (every time, for these gifts).
 */
const UNSTORABLE_GIFT = {
  order: {
    id: "gz_poison",
    order_number: "GZ-POISON",
    status: "confirmed",
    subtotal: 10,
    total: 10,
    receiver_name: "Rosa Recipient",
    receiver_email: "rosa@example.com",
    confirmed_at: "the day after tomorrow",
  },
  order_items: [],
}

const isPoisonGiftRead = (request: ProxyRequest) =>
  request.method === "GET" && request.url.includes(POISON_GIFT_PREFIX)

const giftyzet = useGiftyzetSandbox({}, { GIFTING_PARK_AFTER_FAILURES: String(PARK_AFTER) })
let proxy: FaultProxy
let ugiftme: VoucherSandbox

// After the sandbox helper, before the app boots: Giftyzet is reached through the proxy.
beforeAll(async () => {
  proxy = await startFaultProxy(giftyzet.sandbox.url, (request) =>
    isPoisonGiftRead(request) ? { kind: "answer", status: 200, body: UNSTORABLE_GIFT } : { kind: "pass" }
  )
  process.env.GIFTYZET_BASE_URL = proxy.url
  ugiftme = await startVoucherSandbox({ asyncOrders: true })
})

afterAll(async () => {
  await proxy?.close()
  await ugiftme?.sandbox.close()
  for (const name of ["UGIFTME_BASE_URL", "UGIFTME_API_KEY", "UGIFTME_TIMEOUT_MS"]) delete process.env[name]
})

function collect(container: MedusaContainer, eventName: string): { data: unknown }[] {
  const seen: { data: unknown }[] = []
  container.resolve(Modules.EVENT_BUS).subscribe(eventName, async (event: { data: unknown }) => {
    seen.push(event)
  })
  return seen
}

const voucherFields = {
  line_item_id: "item",
  unit_index: 0,
  recipient_email: "rosa@example.com",
  product_code: "AMAZON_UK_STD",
  merchant: "Amazon UK",
  value: 25,
  currency: "GBP",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders

    beforeAll(async () => {
      admin = await loginAsNewAdmin(getContainer(), api as AxiosInstance)
    })

    it(`${POISON_GIFTS} poison gifts and ${POISON_VOUCHERS} poison vouchers do not starve a healthy gift and voucher; they back off, then park`, async () => {
      const container = getContainer()
      const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
      const giftsParked = collect(container, GIFT_ORDER_PARKED_EVENT)
      const vouchersParked = collect(container, VOUCHER_ORDER_PARKED_EVENT)
      const now = Date.now()

      // The healthy gift is on Giftyzet; the poison ones are due first (oldest).
      const healthyGiftOrder = "order_healthy_gift"
      const created = await new GiftyzetClient({
        baseUrl: giftyzet.sandbox.url,
        apiKey: GIFTYZET_TEST_KEY,
      }).createOrder({
        external_order_id: healthyGiftOrder,
        sender_name: "Ben Buyer",
        sender_email: "ben@example.com",
        sender_phone: "+49 30 1234567",
        sender_address: "1 Main Street, Berlin",
        receiver_name: "Rosa Recipient",
        receiver_email: "rosa@example.com",
        items: [{ name: "Ceramic Gift Mug", price: 24.9, quantity: 1 }],
        subtotal: 24.9,
        total: 24.9,
      })
      await seedDueGifts(container, POISON_GIFT_PREFIX, POISON_GIFTS, new Date(now - HOUR))
      await gifting.createGiftOrders({
        order_id: healthyGiftOrder,
        giftyzet_order_id: created.order_id,
        recipient_link: created.recipient_link,
        sync_state: "synced",
        status: "pending",
        sync_attempts: 1,
        next_poll_at: new Date(now - 60_000),
      })

      // The poison vouchers' orders cannot be loaded: their purchase run throws, every time.
      // The healthy one is an order request UGiftMe knows.
      const purchase = await new UgiftmeClient({
        baseUrl: ugiftme.sandbox.url,
        apiKey: VOUCHER_TEST_API_KEY,
      }).createOrder(buildVoucherPurchase(voucherFields), { idempotencyKey: "poison-test-healthy" })
      expect(purchase.kind).toBe("queued")
      const [healthyVoucher] = await gifting.createVoucherOrders([
        {
          ...voucherFields,
          order_id: "order_healthy_voucher",
          idempotency_key: "poison-test-healthy",
          status: "queued",
          order_request_id: purchase.kind === "queued" ? purchase.orderRequestId : null,
          next_poll_at: new Date(now - 60_000),
        },
      ])
      await gifting.createVoucherOrders(
        Array.from({ length: POISON_VOUCHERS }, (_, index) => ({
          ...voucherFields,
          line_item_id: `item_poison_${index}`,
          order_id: `${POISON_VOUCHER_PREFIX}${index}`,
          idempotency_key: `poison-test-${index}`,
          status: "pending" as const,
          next_poll_at: new Date(now - HOUR - index * 1000),
        }))
      )

      // The healthy rows are handled within the first runs, behind every poison row.
      for (let run = 0; run < FIRST_RUNS; run++) {
        await runJob(pollGiftOrdersJob, container)
        await runJob(pollVoucherOrdersJob, container)
      }
      const [gift] = await gifting.listGiftOrders({ order_id: healthyGiftOrder })
      expect(gift.last_polled_at).not.toBeNull()
      expect(gift.last_error).toBeNull()
      expect(new Date(gift.next_poll_at!).getTime()).toBeGreaterThan(now)
      const [voucher] = await gifting.listVoucherOrders({ id: healthyVoucher.id })
      expect(voucher.attempts).toBeGreaterThan(0)
      expect(["queued", "processing", "succeeded"]).toContain(voucher.status)

      // Every poison row moved forward with backoff instead of staying first in line.
      const poisonGifts = () =>
        gifting.listGiftOrders(
          { order_id: Array.from({ length: POISON_GIFTS }, (_, index) => `${POISON_GIFT_PREFIX}${index}`) },
          { take: POISON_GIFTS }
        )
      const poisonVouchers = () =>
        gifting.listVoucherOrders(
          {
            order_id: Array.from(
              { length: POISON_VOUCHERS },
              (_, index) => `${POISON_VOUCHER_PREFIX}${index}`
            ),
          },
          { take: POISON_VOUCHERS }
        )
      for (const row of [...(await poisonGifts()), ...(await poisonVouchers())]) {
        expect(row.job_failures).toBeGreaterThanOrEqual(1)
        expect(new Date(row.next_poll_at!).getTime()).toBeGreaterThan(now)
      }

      // Time passes (the backoff is made due at once): after PARK_AFTER failures in a row they are parked.
      let runs = FIRST_RUNS
      for (; runs < 12; runs++) {
        const [gifts, vouchers] = [await poisonGifts(), await poisonVouchers()]
        const waiting = [...gifts, ...vouchers].filter((row) => !row.parked_at)
        if (waiting.length === 0) break
        const past = new Date(Date.now() - 1000)
        await gifting.updateGiftOrders(
          gifts.filter((row) => !row.parked_at).map(({ id }) => ({ id, next_poll_at: past }))
        )
        await gifting.updateVoucherOrders(
          vouchers.filter((row) => !row.parked_at).map(({ id }) => ({ id, next_poll_at: past }))
        )
        await runJob(pollGiftOrdersJob, container)
        await runJob(pollVoucherOrdersJob, container)
      }
      const [gifts, vouchers] = [await poisonGifts(), await poisonVouchers()]
      for (const row of [...gifts, ...vouchers]) {
        expect(row).toMatchObject({ job_failures: PARK_AFTER, next_poll_at: null })
        expect(row.parked_at).not.toBeNull()
      }
      expect(gifts[0].parked_reason).toContain(`status poll failed ${PARK_AFTER} times in a row`)
      expect(vouchers[0].parked_reason).toContain(`purchase failed ${PARK_AFTER} times in a row`)
      expect(giftsParked).toHaveLength(POISON_GIFTS)
      expect(vouchersParked).toHaveLength(POISON_VOUCHERS)

      // Staff see them: the admin list filters parked gifts, each unit shows its parking.
      const { data: list } = await api.get(`/admin/gifting/gift-orders?parked=true&limit=100`, admin)
      expect(list.count).toBe(POISON_GIFTS)
      expect(list.gift_orders[0].parked).toMatchObject({ failures: PARK_AFTER })
      const { data: units } = await api.get(`/admin/gifting/orders/${POISON_VOUCHER_PREFIX}0/vouchers`, admin)
      expect(units.vouchers[0].parked.reason).toContain("purchase failed")

      printSummary("poison rows (gifts that throw on every poll, vouchers whose purchase run throws)", {
        gift_orders: POISON_GIFTS + 1,
        voucher_units: POISON_VOUCHERS + 1,
        poison_rows_survived: POISON_GIFTS + POISON_VOUCHERS,
        rows_parked: gifts.length + vouchers.length,
        job_runs: runs,
      })
    })
  },
})
