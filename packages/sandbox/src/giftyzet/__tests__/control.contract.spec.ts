import type { GiftyzetSandbox } from "../index"
import { httpClient, KEY_A, startTestSandbox, validOrderBody } from "./helpers"

describe("Giftyzet sandbox: control endpoints", () => {
  let sandbox: GiftyzetSandbox
  let http: ReturnType<typeof httpClient>

  beforeEach(async () => {
    sandbox = await startTestSandbox()
    http = httpClient(sandbox)
  })
  afterEach(() => sandbox.close())

  it("lists its endpoints and needs no API key", async () => {
    const res = await http.control("GET", "")
    expect(res.status).toBe(200)
    expect(res.body.endpoints).toEqual(
      expect.arrayContaining([expect.stringMatching(/^POST \/__sandbox\/giftyzet\/faults/)])
    )
  })

  describe("faults", () => {
    it("answers 500 to the next N requests, then recovers", async () => {
      const added = await http.control("POST", "/faults", { kind: "error", count: 2 })
      expect(added.status).toBe(200)
      const statuses = []
      for (let i = 0; i < 3; i += 1) {
        statuses.push(
          (await http.request("GET", "/api/plugin/v1/orders?external_order_id=x", { key: KEY_A })).status
        )
      }
      expect(statuses).toEqual([500, 500, 404])
      expect((await http.control("GET", "/faults")).body.faults).toEqual([])
    })

    it("uses a given error status and keeps the partner's error body shape", async () => {
      await http.control("POST", "/faults", { kind: "error", status: 503 })
      const res = await http.create(validOrderBody())
      expect(res.status).toBe(503)
      expect(typeof res.body.error).toBe("string")
    })

    it("scopes a fault to a method and path prefix", async () => {
      await http.control("POST", "/faults", {
        kind: "error",
        method: "POST",
        path_prefix: "/api/plugin/v1/orders",
      })
      const get = await http.request("GET", "/api/plugin/v1/orders?external_order_id=x", { key: KEY_A })
      expect(get.status).toBe(404)
      const post = await http.create(validOrderBody())
      expect(post.status).toBe(500)
      expect((await http.create(validOrderBody())).status).toBe(200)
    })

    it("answers 429 with retry-after", async () => {
      await http.control("POST", "/faults", { kind: "rate_limit", retry_after: "7" })
      const res = await http.create(validOrderBody())
      expect(res.status).toBe(429)
      expect(res.headers.get("retry-after")).toBe("7")
    })

    it("adds latency until cleared", async () => {
      await http.control("POST", "/faults", { kind: "latency", latency_ms: 120 })
      for (let i = 0; i < 2; i += 1) {
        const started = Date.now()
        await http.request("GET", "/api/plugin/v1/orders?external_order_id=x", { key: KEY_A })
        expect(Date.now() - started).toBeGreaterThanOrEqual(110)
      }
      await http.control("DELETE", "/faults")
      const started = Date.now()
      await http.request("GET", "/api/plugin/v1/orders?external_order_id=x", { key: KEY_A })
      expect(Date.now() - started).toBeLessThan(110)
    })

    it("hangs: holds the socket and answers nothing", async () => {
      await http.control("POST", "/faults", { kind: "hang" })
      const body = validOrderBody()
      const outcome = await fetch(`${sandbox.url}/api/plugin/v1/orders`, {
        method: "POST",
        headers: { "X-API-Key": KEY_A, "Content-Type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(150),
      }).then(
        (response) => `status ${response.status}`,
        // DOMException from another realm under jest: read the name, not instanceof
        (error: unknown) => String((error as { name?: unknown }).name)
      )
      expect(outcome).toBe("TimeoutError")
      const calls = await http.control("GET", `/create-calls/${String(body.external_order_id)}`)
      expect(calls.body).toMatchObject({ received: 1, faulted: 1, accepted: 0 })
    })

    it("close() ends hanging requests promptly", async () => {
      await http.control("POST", "/faults", { kind: "hang", hang_ms: 60_000 })
      const pending = fetch(`${sandbox.url}/api/plugin/v1/orders`, { method: "POST", body: "{}" }).then(
        () => "answered",
        () => "failed"
      )
      await new Promise((resolve) => setTimeout(resolve, 50))
      const started = Date.now()
      await sandbox.close()
      expect(await pending).toBe("failed")
      expect(Date.now() - started).toBeLessThan(1000)
    })

    it("answers a malformed success body", async () => {
      await http.control("POST", "/faults", { kind: "malformed", body: { order: "not an object" } })
      const res = await http.create(validOrderBody())
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ order: "not an object" })
    })

    it("rejects an invalid fault", async () => {
      expect((await http.control("POST", "/faults", { kind: "explode" })).status).toBe(400)
      expect((await http.control("POST", "/faults", { kind: "error", count: 0 })).status).toBe(400)
      expect((await http.control("POST", "/faults", { kind: "latency" })).status).toBe(400)
    })
  })

  describe("fail after commit", () => {
    it("stores the order but answers 500; the retry gets 409 and the order exists once", async () => {
      await http.control("POST", "/faults", { kind: "fail_after_commit" })
      const body = validOrderBody()
      const first = await http.create(body)
      expect(first.status).toBe(500)
      const retry = await http.create(body)
      expect(retry.status).toBe(409)

      const found = await http.request(
        "GET",
        `/api/plugin/v1/orders?external_order_id=${String(body.external_order_id)}`,
        {
          key: KEY_A,
        }
      )
      expect(found.status).toBe(200)
      const calls = await http.control("GET", `/create-calls/${String(body.external_order_id)}`)
      expect(calls.body).toEqual({ received: 2, accepted: 1, conflicts: 1, rejected: 0, faulted: 0 })
    })

    it("can drop the connection instead", async () => {
      await http.control("POST", "/faults", { kind: "fail_after_commit", mode: "drop" })
      const body = validOrderBody()
      const outcome = await fetch(`${sandbox.url}/api/plugin/v1/orders`, {
        method: "POST",
        headers: { "X-API-Key": KEY_A, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }).then(
        (response) => `status ${response.status}`,
        () => "network error"
      )
      expect(outcome).toBe("network error")
      const raw = await http.control("GET", `/orders?external_order_id=${String(body.external_order_id)}`)
      expect(raw.body.orders).toHaveLength(1)
      expect(raw.body.create_calls).toMatchObject({ received: 1, accepted: 1 })
    })

    it("only affects creates by default", async () => {
      await http.control("POST", "/faults", { kind: "fail_after_commit" })
      const get = await http.request("GET", "/api/plugin/v1/orders?external_order_id=x", { key: KEY_A })
      expect(get.status).toBe(404)
      expect((await http.control("GET", "/faults")).body.faults).toHaveLength(1)
    })
  })

  describe("orders", () => {
    it("walks an order through confirm, dispatch and deliver", async () => {
      const created = await http.create(validOrderBody())
      const id = String(created.body.order_id)

      const confirmed = await http.control("POST", `/orders/${id}/confirm`, {
        receiver_name: "Rita Receiver",
        receiver_email: "rita@example.com",
        receiver_address: "1 Gift Road\nGiftville",
      })
      expect(confirmed.status).toBe(200)
      expect(confirmed.body.order).toMatchObject({
        status: "confirmed",
        receiver_name: "Rita Receiver",
        receiver_address: "1 Gift Road\nGiftville",
        receiver_phone: "+1987654321",
      })
      expect(typeof (confirmed.body.order as Record<string, unknown>).confirmed_at).toBe("string")

      const early = await http.control("POST", `/orders/${id}/deliver`)
      expect(early.status).toBe(409)

      expect((await http.control("POST", `/orders/${id}/dispatch`)).status).toBe(200)
      const delivered = await http.control("POST", `/orders/${id}/deliver`)
      expect(delivered.body.order).toMatchObject({ status: "delivered" })

      const api = await http.request("GET", `/api/plugin/v1/orders/${id}`, { key: KEY_A })
      expect((api.body.order as Record<string, unknown>).status).toBe("delivered")
    })

    it("confirms with a default address when none is given", async () => {
      const created = await http.create(validOrderBody())
      const confirmed = await http.control("POST", `/orders/${String(created.body.order_id)}/confirm`)
      expect(confirmed.status).toBe(200)
      expect(String((confirmed.body.order as Record<string, unknown>).receiver_address)).not.toBe("")
    })

    it("rejects invalid confirm details and unknown orders or actions", async () => {
      const created = await http.create(validOrderBody())
      const id = String(created.body.order_id)
      expect((await http.control("POST", `/orders/${id}/confirm`, { receiver_email: "nope" })).status).toBe(
        400
      )
      expect((await http.control("POST", `/orders/${id}/explode`)).status).toBe(404)
      expect((await http.control("POST", "/orders/unknown/cancel")).status).toBe(404)
    })

    it("returns the raw order with counters", async () => {
      const body = validOrderBody()
      const created = await http.create(body)
      await http.create(body)
      const raw = await http.control("GET", `/orders/${String(created.body.order_id)}`)
      expect(raw.body.order).toMatchObject({ id: created.body.order_id, gift_token: created.body.gift_token })
      expect(raw.body.create_calls).toEqual({
        received: 2,
        accepted: 1,
        conflicts: 1,
        rejected: 0,
        faulted: 0,
      })
    })
  })

  it("counts create calls per external id, including rejected and faulted ones", async () => {
    const body = validOrderBody()
    await http.create(body, "wrong-key")
    await http.control("POST", "/faults", { kind: "error" })
    await http.create(body)
    await http.create(body)
    await http.create({ ...body, total: 0 })
    const calls = await http.control("GET", `/create-calls/${String(body.external_order_id)}`)
    expect(calls.body).toEqual({ received: 4, accepted: 1, conflicts: 0, rejected: 2, faulted: 1 })

    const unknown = await http.control("GET", "/create-calls/never-sent")
    expect(unknown.body).toEqual({ received: 0, accepted: 0, conflicts: 0, rejected: 0, faulted: 0 })
  })

  it("counts requests by route, not counting control calls", async () => {
    await http.create(validOrderBody())
    await http.request("GET", "/api/plugin/v1/orders/abc", { key: KEY_A })
    await http.request("GET", "/nowhere")
    await http.control("GET", "/config")
    const stats = await http.control("GET", "/stats")
    expect(stats.body).toEqual({
      total: 3,
      by_route: {
        "POST /api/plugin/v1/orders": 1,
        "GET /api/plugin/v1/orders/:id": 1,
        "GET (unmatched)": 1,
      },
    })
  })

  it("reset forgets orders, counters, faults, stats and runtime config but keeps start-up keys", async () => {
    const body = validOrderBody()
    await http.create(body)
    await http.control("POST", "/faults", { kind: "error", count: 5 })
    await http.control("POST", "/config", { generation: "newer", gone: true })

    const reset = await http.control("POST", "/reset")
    expect(reset.body).toEqual({ reset: true, config: { generation: "documented", gone: false } })

    expect((await http.control("GET", "/faults")).body.faults).toEqual([])
    expect((await http.control("GET", "/stats")).body).toEqual({ total: 0, by_route: {} })
    expect((await http.control("GET", "/create-calls")).body).toEqual({ create_calls: {} })
    const again = await http.create(body)
    expect(again.status).toBe(200)
  })
})
