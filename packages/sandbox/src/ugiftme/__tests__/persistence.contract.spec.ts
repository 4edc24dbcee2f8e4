import { randomUUID } from "node:crypto"
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { startUgiftmeSandbox } from ".."
import { amazonUk, api, waitFor } from "./support/http"
import type { OrderJson, OrderRequestJson, WebhookJson } from "./support/shapes"
import { balanceOf } from "./support/shapes"

describe("UGiftMe sandbox: persistence", () => {
  let dir: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ugiftme-sandbox-"))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("restores accounts, balances, orders, webhooks and idempotency records after a restart", async () => {
    const file = join(dir, "state", "ugiftme.json")
    const idem = randomUUID()
    const first = await startUgiftmeSandbox({ persistFile: file, initialBalance: 300 })
    const key = first.apiKeys[0]
    const order = await api<OrderJson>(first.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(45),
      headers: { "Idempotency-Key": idem },
    })
    const hook = await api<{ id: string }>(first.url, "POST", "/webhooks", {
      apiKey: key,
      body: { url: "http://127.0.0.1:9/hook", events: ["order.succeeded"] },
    })
    await first.close()

    // Atomic writes leave no temp files behind.
    expect(readdirSync(join(dir, "state"))).toEqual(["ugiftme.json"])
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ version: 1 })

    const second = await startUgiftmeSandbox({ persistFile: file })
    try {
      expect(second.apiKeys).toEqual([key])
      const detail = await api<OrderJson>(second.url, "GET", `/orders/${order.json._id}`, { apiKey: key })
      expect(detail.status).toBe(200)
      expect(detail.json.merchant.voucherCode).toBe(order.json.merchant.voucherCode)
      expect((await balanceOf(second.url, key)).balance).toBe(255)
      const hooks = await api<{ webhooks: WebhookJson[] }>(second.url, "GET", "/webhooks", { apiKey: key })
      expect(hooks.json.webhooks.map((w) => w._id)).toEqual([hook.json.id])
      const replay = await api<OrderJson>(second.url, "POST", "/orders", {
        apiKey: key,
        body: amazonUk(45),
        headers: { "Idempotency-Key": idem },
      })
      expect(replay.status).toBe(201)
      expect(replay.json._id).toBe(order.json._id)
      expect((await balanceOf(second.url, key)).balance).toBe(255)
    } finally {
      await second.close()
    }
  })

  it("finishes async order requests that were pending at shutdown", async () => {
    const file = join(dir, "ugiftme.json")
    const first = await startUgiftmeSandbox({
      persistFile: file,
      asyncOrders: true,
      processingDelayMs: 60_000,
    })
    const key = first.apiKeys[0]
    const accepted = await api<{ orderRequestId: string }>(first.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(20),
    })
    expect(accepted.status).toBe(202)
    await first.close()

    const second = await startUgiftmeSandbox({ persistFile: file, processingDelayMs: 5 })
    try {
      const done = await waitFor(async () => {
        const answer = await api<OrderRequestJson>(
          second.url,
          "GET",
          `/orders/order-requests/${accepted.json.orderRequestId}`,
          {
            apiKey: key,
          }
        )
        return answer.json.status === "succeeded" && answer.json
      })
      expect(done.result?.orderId).toEqual(expect.any(String))
      expect(await balanceOf(second.url, key)).toMatchObject({ balance: 9980, availableBalance: 9980 })
    } finally {
      await second.close()
    }
  })

  it("refuses a file that is not a sandbox state", async () => {
    const file = join(dir, "bad.json")
    writeFileSync(file, JSON.stringify({ hello: "world" }))
    await expect(startUgiftmeSandbox({ persistFile: file })).rejects.toThrow(/not a sandbox state file/)
  })
})
