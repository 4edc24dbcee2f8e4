import { UgiftmeSandboxControl, startUgiftmeSandbox } from ".."
import type { UgiftmeSandbox } from ".."
import { amazonUk, api } from "./support/http"
import type { BalanceJson, ErrorJson } from "./support/shapes"

type TransactionJson = {
  _id: string
  transactionType: string
  transactionValue: number
  timestamp: string
  orderID: string | null
  details: string
  currency: string
}
type WalletJson = {
  _id: string
  userID: string
  currency: string
  balance: number
  transactions: TransactionJson[]
}

describe("UGiftMe sandbox: wallet", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let key: string

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox({ initialBalance: 500 })
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  afterAll(() => sandbox.close())
  afterEach(() => control.reset())

  it("GET /wallet lists one funded wallet per catalog currency", async () => {
    const answer = await api<WalletJson[]>(sandbox.url, "GET", "/wallet", { apiKey: key })
    expect(answer.status).toBe(200)
    expect(answer.json.map((w) => w.currency).sort()).toEqual(["EUR", "GBP", "USD"])
    for (const wallet of answer.json) {
      expect(wallet).toMatchObject({
        _id: expect.stringMatching(/^[0-9a-f]{24}$/),
        userID: expect.any(String),
        balance: 500,
      })
      expect(wallet.transactions).toEqual([
        expect.objectContaining({
          transactionType: "funding",
          transactionValue: 500,
          orderID: null,
          timestamp: expect.any(String),
        }),
      ])
    }
  })

  it("GET /wallet/balance answers currency and balance", async () => {
    const answer = await api<BalanceJson>(sandbox.url, "GET", "/wallet/balance", { apiKey: key })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ currency: expect.any(String), balance: 500, availableBalance: 500 })
    expect(answer.json.balances).toHaveLength(3)
  })

  it("records purchases as transactions, newest first, paginated", async () => {
    const first = await api<{ _id: string }>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(10),
    })
    await api(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(20) })
    await api(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(30) })
    type Page = {
      transactions: TransactionJson[]
      pagination: { currentPage: number; totalPages: number; totalTransactions: number; limit: number }
    }
    const page1 = await api<Page>(sandbox.url, "GET", "/wallet/transactions?page=1&limit=4", { apiKey: key })
    expect(page1.status).toBe(200)
    expect(page1.json.pagination).toEqual({ currentPage: 1, totalPages: 2, totalTransactions: 6, limit: 4 })
    expect(
      page1.json.transactions.slice(0, 3).map((t) => [t.transactionType, t.transactionValue, t.currency])
    ).toEqual([
      ["purchase", 30, "GBP"],
      ["purchase", 20, "GBP"],
      ["purchase", 10, "GBP"],
    ])
    expect(page1.json.transactions[2].orderID).toBe(first.json._id)
    const page2 = await api<Page>(sandbox.url, "GET", "/wallet/transactions?page=2&limit=4", { apiKey: key })
    expect(page2.json.transactions).toHaveLength(2)
    expect(page2.json.transactions.every((t) => t.transactionType === "funding")).toBe(true)
  })

  it("control funding raises the balance and adds a funding transaction", async () => {
    const funded = await control.fundWallet(key, "GBP", 12.34)
    expect(funded).toEqual({ currency: "GBP", balance: 512.34, availableBalance: 512.34 })
    const wallets = await api<WalletJson[]>(sandbox.url, "GET", "/wallet", { apiKey: key })
    const gbp = wallets.json.find((w) => w.currency === "GBP")
    expect(gbp?.transactions.at(-1)).toMatchObject({ transactionType: "funding", transactionValue: 12.34 })
    await expect(control.fundWallet(key, "GBP", -5)).rejects.toThrow(/400/)
  })

  it("404 Wallet not found on every wallet route for an account without wallets", async () => {
    const account = await control.createAccount({ wallets: {} })
    for (const path of ["/wallet", "/wallet/balance", "/wallet/transactions"]) {
      const answer = await api<ErrorJson>(sandbox.url, "GET", path, { apiKey: account.apiKey })
      expect(answer.status).toBe(404)
      expect(answer.json).toEqual({ error: "Wallet not found" })
    }
  })
})
