import { UgiftmeSandboxControl, startUgiftmeSandbox } from ".."
import type { UgiftmeSandbox } from ".."
import { amazonUk, api } from "./support/http"
import type { ErrorJson, OrderJson } from "./support/shapes"
import { balanceOf } from "./support/shapes"

describe("UGiftMe sandbox: synchronous orders", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let key: string

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox({ initialBalance: 1000 })
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  afterAll(() => sandbox.close())
  afterEach(() => control.reset())

  it("creates an order (201) with the product populated and debits the wallet", async () => {
    const answer = await api<OrderJson>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(50, {
        recipientEmail: "alex@example.com",
        recipientName: "Alex",
        giftMessage: "Thanks!",
      }),
    })
    expect(answer.status).toBe(201)
    expect(answer.headers.get("x-business-orders-async")).toBe("false")
    expect(answer.json).toEqual({
      _id: expect.stringMatching(/^[0-9a-f]{24}$/),
      productCode: "AMAZON_UK_STD",
      product: { imageUrl: expect.any(String), merchant: "Amazon UK", productCode: "AMAZON_UK_STD" },
      merchant: {
        name: "Amazon UK",
        distributionMethod: "EMAIL",
        voucherCode: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
        redemptionUrl: expect.stringMatching(/^https:\/\//),
      },
      currency: "GBP",
      valuePurchased: 50,
      status: "active",
      isPaid: true,
      isActive: true,
      isActivated: false,
      usageLimit: 1,
      expiryDate: expect.any(String),
      giftOrder: { message: "Thanks!", recipientEmail: "alex@example.com", recipientName: "Alex" },
      transactionId: expect.stringMatching(/^txn_[0-9A-Z]{26}$/),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })
    expect(await balanceOf(sandbox.url, key)).toEqual({
      currency: "GBP",
      balance: 950,
      availableBalance: 950,
    })
  })

  it("gives every order its own random voucher code", async () => {
    const first = await api<OrderJson>(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(10) })
    const second = await api<OrderJson>(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(10) })
    expect(first.json.merchant.voucherCode).not.toBe(second.json.merchant.voucherCode)
    expect(first.json._id).not.toBe(second.json._id)
  })

  it("400 with the documented body when required fields are missing", async () => {
    const answer = await api<ErrorJson>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: { productCode: "AMAZON_UK_STD", currency: "GBP", valuePurchased: 50 },
    })
    expect(answer.status).toBe(400)
    expect(answer.json).toEqual({
      error: "Some required fields are missing",
      message: "All fields are required: productCode, merchant, currency, valuePurchased",
    })
  })

  it("404 Product not found for an unknown product or a wrong merchant", async () => {
    for (const body of [amazonUk(50, { productCode: "NOPE" }), amazonUk(50, { merchant: "Argos" })]) {
      const answer = await api<ErrorJson>(sandbox.url, "POST", "/orders", { apiKey: key, body })
      expect(answer.status).toBe(404)
      expect(answer.json).toEqual({ error: "Product not found" })
    }
  })

  it("400 for a wrong currency, a value outside the range, or a denomination not offered", async () => {
    const cases = [
      amazonUk(50, { currency: "EUR" }),
      amazonUk(501),
      amazonUk(5.555),
      { productCode: "ARGOS_UK_FIXED", merchant: "Argos", currency: "GBP", valuePurchased: 30 },
      amazonUk(50, { recipientEmail: "not-an-email" }),
    ]
    for (const body of cases) {
      const answer = await api<ErrorJson>(sandbox.url, "POST", "/orders", { apiKey: key, body })
      expect(answer.status).toBe(400)
      expect(answer.json).toEqual({ error: expect.any(String), message: expect.any(String) })
    }
    expect((await balanceOf(sandbox.url, key)).balance).toBe(1000)
  })

  it("402 with required/available/currency when the wallet cannot pay, without debiting", async () => {
    const account = await control.createAccount({ wallets: { GBP: 20 } })
    const answer = await api<ErrorJson>(sandbox.url, "POST", "/orders", {
      apiKey: account.apiKey,
      body: amazonUk(50),
    })
    expect(answer.status).toBe(402)
    expect(answer.json).toEqual({ error: "Insufficient funds", required: 50, available: 20, currency: "GBP" })
    expect((await balanceOf(sandbox.url, account.apiKey)).balance).toBe(20)
  })

  it("402 with available 0 when there is no wallet in that currency", async () => {
    const account = await control.createAccount({ wallets: { EUR: 100 } })
    const answer = await api<ErrorJson>(sandbox.url, "POST", "/orders", {
      apiKey: account.apiKey,
      body: amazonUk(10),
    })
    expect(answer.status).toBe(402)
    expect(answer.json).toEqual({ error: "Insufficient funds", required: 10, available: 0, currency: "GBP" })
  })

  it("debits in exact cents: 10.30 - 5.10 - 5.20 leaves exactly 0", async () => {
    await control.addProduct({
      productCode: "CENTS_TEST",
      name: "Cents",
      merchant: "Cents Shop",
      currency: "GBP",
      minValue: 0.01,
      maxValue: 100,
    })
    const account = await control.createAccount({ wallets: { GBP: 10.3 } })
    const body = (value: number) => ({
      productCode: "CENTS_TEST",
      merchant: "Cents Shop",
      currency: "GBP",
      valuePurchased: value,
    })
    expect(
      (await api(sandbox.url, "POST", "/orders", { apiKey: account.apiKey, body: body(5.1) })).status
    ).toBe(201)
    expect(
      (await api(sandbox.url, "POST", "/orders", { apiKey: account.apiKey, body: body(5.2) })).status
    ).toBe(201)
    expect(await balanceOf(sandbox.url, account.apiKey)).toEqual({
      currency: "GBP",
      balance: 0,
      availableBalance: 0,
    })
    const broke = await api<ErrorJson>(sandbox.url, "POST", "/orders", {
      apiKey: account.apiKey,
      body: body(0.01),
    })
    expect(broke.status).toBe(402)
    expect(broke.json.available).toBe(0)
  })

  it("GET /orders/{id}: detail with userId and ownershipHistory; 400 malformed; 404 unknown or foreign", async () => {
    const created = await api<OrderJson>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(25, { recipientEmail: "sam@example.com" }),
    })
    const detail = await api<OrderJson>(sandbox.url, "GET", `/orders/${created.json._id}`, { apiKey: key })
    expect(detail.status).toBe(200)
    expect(detail.json).toMatchObject({
      _id: created.json._id,
      userId: expect.stringMatching(/^[0-9a-f]{24}$/),
      imageUrl: expect.any(String),
      merchant: { voucherCode: created.json.merchant.voucherCode },
      ownershipHistory: [
        { action: "sent", transferDate: created.json.createdAt, toEmail: "sam@example.com" },
      ],
    })
    expect(detail.json.product).toBeUndefined()

    const malformed = await api<ErrorJson>(sandbox.url, "GET", "/orders/not-an-id", { apiKey: key })
    expect(malformed.status).toBe(400)
    expect(malformed.json).toEqual({ error: "Invalid order ID", message: "Invalid order ID format" })

    const unknown = await api<ErrorJson>(sandbox.url, "GET", "/orders/65b0d1e2f3a4b56789012345", {
      apiKey: key,
    })
    expect(unknown.status).toBe(404)
    expect(unknown.json).toEqual({ error: "Order not found", message: "Order not found or access denied" })

    const stranger = await control.createAccount()
    const foreign = await api<ErrorJson>(sandbox.url, "GET", `/orders/${created.json._id}`, {
      apiKey: stranger.apiKey,
    })
    expect(foreign.status).toBe(404)
    expect(foreign.json).toEqual(unknown.json)
  })

  it("GET /orders lists own orders newest first with imageUrl, paginated", async () => {
    const ids: string[] = []
    for (const value of [10, 20, 30]) {
      ids.push(
        (await api<OrderJson>(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(value) })).json
          ._id
      )
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const stranger = await control.createAccount()
    await api(sandbox.url, "POST", "/orders", { apiKey: stranger.apiKey, body: amazonUk(10) })

    const page = await api<{ total: number; page: number; totalPages: number; orders: OrderJson[] }>(
      sandbox.url,
      "GET",
      "/orders?page=1&limit=2&sortBy=createdAt&order=desc",
      { apiKey: key }
    )
    expect(page.status).toBe(200)
    expect(page.json).toMatchObject({ total: 3, page: 1, totalPages: 2 })
    expect(page.json.orders.map((o) => o._id)).toEqual([ids[2], ids[1]])
    expect(page.json.orders[0].imageUrl).toEqual(expect.any(String))

    const ascending = await api<{ orders: OrderJson[] }>(sandbox.url, "GET", "/orders?order=asc", {
      apiKey: key,
    })
    expect(ascending.json.orders.map((o) => o._id)).toEqual(ids)
  })

  it("GET /orders/search filters by merchant, payment state and dates", async () => {
    await api(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(10) })
    await api(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: { productCode: "ARGOS_UK_FIXED", merchant: "Argos", currency: "GBP", valuePurchased: 25 },
    })
    type Search = {
      success: boolean
      orders: OrderJson[]
      pagination: { total: number; totalPages: number; currentPage: number; limit: number }
    }
    const byMerchant = await api<Search>(sandbox.url, "GET", "/orders/search?merchant=argos&isPaid=true", {
      apiKey: key,
    })
    expect(byMerchant.status).toBe(200)
    expect(byMerchant.json).toMatchObject({
      success: true,
      pagination: { total: 1, totalPages: 1, currentPage: 1, limit: 10 },
    })
    expect(byMerchant.json.orders.map((o) => o.productCode)).toEqual(["ARGOS_UK_FIXED"])

    const future = await api<Search>(
      sandbox.url,
      "GET",
      `/orders/search?startDate=${new Date(Date.now() + 60_000).toISOString()}`,
      { apiKey: key }
    )
    expect(future.json.pagination.total).toBe(0)
    const unpaid = await api<Search>(sandbox.url, "GET", "/orders/search?isPaid=false", { apiKey: key })
    expect(unpaid.json.pagination.total).toBe(0)

    const badDate = await api<ErrorJson>(sandbox.url, "GET", "/orders/search?startDate=yesterday", {
      apiKey: key,
    })
    expect(badDate.status).toBe(400)
  })

  it("POST /orders/bulk buys the valid items, lists the rejected ones, and summarises", async () => {
    const answer = await api<{
      success: boolean
      orders: OrderJson[]
      summary: { totalOrders: number; totalValue: number; currency: string; remainingBalance: number }
      rejectedOrders: { productCode: string; reason: string }[]
    }>(sandbox.url, "POST", "/orders/bulk", {
      apiKey: key,
      body: {
        orders: [
          amazonUk(10),
          { productCode: "ARGOS_UK_FIXED", merchant: "Argos", currency: "GBP", valuePurchased: 25 },
          { productCode: "GHOST", merchant: "Nobody", currency: "GBP", valuePurchased: 5 },
        ],
      },
    })
    expect(answer.status).toBe(201)
    expect(answer.json.success).toBe(true)
    expect(answer.json.orders.map((o) => o.productCode)).toEqual(["AMAZON_UK_STD", "ARGOS_UK_FIXED"])
    expect(answer.json.summary).toEqual({
      totalOrders: 2,
      totalValue: 35,
      currency: "GBP",
      remainingBalance: 965,
    })
    expect(answer.json.rejectedOrders).toEqual([{ productCode: "GHOST", reason: "Product not found" }])
    expect((await balanceOf(sandbox.url, key)).balance).toBe(965)
  })

  it("POST /orders/bulk: 402 for the bulk total, 400 when nothing is valid or currencies mix", async () => {
    const account = await control.createAccount({ wallets: { GBP: 30, EUR: 100 } })
    const tooMuch = await api<ErrorJson>(sandbox.url, "POST", "/orders/bulk", {
      apiKey: account.apiKey,
      body: { orders: [amazonUk(20), amazonUk(20)] },
    })
    expect(tooMuch.status).toBe(402)
    expect(tooMuch.json).toEqual({
      error: "Insufficient funds",
      required: 40,
      available: 30,
      currency: "GBP",
    })

    const noneValid = await api<ErrorJson>(sandbox.url, "POST", "/orders/bulk", {
      apiKey: key,
      body: { orders: [{ productCode: "X" }] },
    })
    expect(noneValid.status).toBe(400)
    const empty = await api<ErrorJson>(sandbox.url, "POST", "/orders/bulk", {
      apiKey: key,
      body: { orders: [] },
    })
    expect(empty.status).toBe(400)
    const mixed = await api<ErrorJson>(sandbox.url, "POST", "/orders/bulk", {
      apiKey: key,
      body: {
        orders: [
          amazonUk(10),
          { productCode: "ZALANDO_DE_STD", merchant: "Zalando", currency: "EUR", valuePurchased: 20 },
        ],
      },
    })
    expect(mixed.status).toBe(400)
    expect(mixed.json.error).toBe("Mixed currencies")
  })
})
