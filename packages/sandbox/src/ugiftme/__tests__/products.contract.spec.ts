import { UgiftmeSandboxControl, startUgiftmeSandbox } from ".."
import type { UgiftmeSandbox } from ".."
import { api } from "./support/http"

type ProductJson = {
  productCode: string
  merchant: string
  currency: string
  imageUrl: string
  denominationType: "fixed" | "range"
  denominations?: number[]
  minValue?: number
  maxValue?: number
  name: string
}
type ProductPage = {
  products: ProductJson[]
  pagination: { total: number; page: number; limit: number; totalPages: number }
}

describe("UGiftMe sandbox: catalog", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let key: string

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox()
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  afterAll(() => sandbox.close())
  afterEach(() => control.reset())

  it("lists a seeded catalog in GBP, EUR and USD with fixed and ranged products", async () => {
    const answer = await api<ProductPage>(sandbox.url, "GET", "/products?limit=100", { apiKey: key })
    expect(answer.status).toBe(200)
    const { products, pagination } = answer.json
    expect(pagination.total).toBe(products.length)
    expect(new Set(products.map((p) => p.currency))).toEqual(new Set(["GBP", "EUR", "USD"]))
    expect(products.some((p) => p.denominationType === "fixed" && (p.denominations ?? []).length > 0)).toBe(
      true
    )
    expect(
      products.some(
        (p) => p.denominationType === "range" && p.minValue !== undefined && p.maxValue !== undefined
      )
    ).toBe(true)
    const amazon = products.find((p) => p.productCode === "AMAZON_UK_STD")
    expect(amazon).toMatchObject({
      merchant: "Amazon UK",
      currency: "GBP",
      imageUrl: expect.stringMatching(/^https:\/\//),
    })
  })

  it("paginates with page and limit", async () => {
    const first = await api<ProductPage>(sandbox.url, "GET", "/products?page=1&limit=2", { apiKey: key })
    const second = await api<ProductPage>(sandbox.url, "GET", "/products?page=2&limit=2", { apiKey: key })
    expect(first.json.products).toHaveLength(2)
    expect(second.json.products).toHaveLength(2)
    expect(second.json.pagination).toMatchObject({
      page: 2,
      limit: 2,
      totalPages: Math.ceil(first.json.pagination.total / 2),
    })
    const codes = new Set([...first.json.products, ...second.json.products].map((p) => p.productCode))
    expect(codes.size).toBe(4)
  })

  it("answers the distinct categories and merchants", async () => {
    const answer = await api<{ categories: string[]; merchants: string[] }>(
      sandbox.url,
      "GET",
      "/products/filters",
      { apiKey: key }
    )
    expect(answer.status).toBe(200)
    expect(answer.json.merchants).toEqual(expect.arrayContaining(["Amazon UK", "Zalando", "Steam"]))
    expect(answer.json.categories.length).toBeGreaterThan(1)
    expect(new Set(answer.json.merchants).size).toBe(answer.json.merchants.length)
  })

  it("reflects catalog changes made through the control endpoint", async () => {
    await control.updateProduct("ARGOS_UK_FIXED", { denominations: [5, 15], name: "Argos Card" })
    const answer = await api<ProductPage>(sandbox.url, "GET", "/products?limit=100", { apiKey: key })
    const argos = answer.json.products.find((p) => p.productCode === "ARGOS_UK_FIXED")
    expect(argos).toMatchObject({ denominations: [5, 15], name: "Argos Card", denominationType: "fixed" })

    await control.updateProduct("ARGOS_UK_FIXED", { minValue: 1, maxValue: 9 })
    const ranged = await api<ProductPage>(sandbox.url, "GET", "/products?limit=100", { apiKey: key })
    const changed = ranged.json.products.find((p) => p.productCode === "ARGOS_UK_FIXED")
    expect(changed).toMatchObject({ denominationType: "range", minValue: 1, maxValue: 9 })
    expect(changed?.denominations).toBeUndefined()
  })

  it("refuses invalid product changes and unknown products", async () => {
    await expect(control.updateProduct("NOPE", { name: "x" })).rejects.toThrow(/404/)
    await expect(control.updateProduct("ARGOS_UK_FIXED", { denominations: [] })).rejects.toThrow(/400/)
  })
})
