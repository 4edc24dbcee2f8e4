import type { GiftyzetSandbox } from "../index"
import { httpClient, KEY_A, startTestSandbox, validOrderBody } from "./helpers"

async function postForm(
  url: string,
  fields: Record<string, string>
): Promise<{ status: number; html: string }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  })
  return { status: response.status, html: await response.text() }
}

async function getPage(url: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url)
  return { status: response.status, html: await response.text(), headers: response.headers }
}

const VALID_FORM = {
  receiver_name: "John Q. Doe",
  receiver_email: "john.q@example.com",
  receiver_phone: "+49 30 1234567",
  receiver_address: "456 Oak Ave\n10115 Berlin\nGermany",
}

describe("Giftyzet sandbox: recipient page", () => {
  let sandbox: GiftyzetSandbox
  let http: ReturnType<typeof httpClient>

  beforeAll(async () => {
    sandbox = await startTestSandbox()
    http = httpClient(sandbox)
  })
  afterAll(() => sandbox.close())

  async function createOrder(overrides: Record<string, unknown> = {}) {
    const created = await http.create(validOrderBody(overrides))
    return { id: String(created.body.order_id), link: String(created.body.recipient_link) }
  }

  it("shows sender, items with prices, total and a pre-filled accessible form", async () => {
    const { link } = await createOrder()
    const page = await getPage(link)

    expect(page.status).toBe(200)
    expect(page.headers.get("content-type")).toMatch(/^text\/html/)
    expect(page.headers.get("referrer-policy")).toBe("no-referrer")
    expect(page.html).toContain('<html lang="en">')
    expect(page.html).toContain("Jane Doe sent you a gift")
    expect(page.html).toContain("Gift Box")
    expect(page.html).toContain("49.99")
    expect(page.html).toContain("Card")
    expect(page.html).toContain("10.00") // 2 × 5.00
    expect(page.html).toMatch(/Total<\/th><td class="num">64\.39</)
    expect(page.html).toContain('<form method="post">')
    expect(page.html).toContain('<label for="receiver_name">')
    expect(page.html).toMatch(
      /<input type="text" id="receiver_name" name="receiver_name"[^>]*required[^>]*value="John Doe">/
    )
    expect(page.html).toMatch(/<input type="email" id="receiver_email"[^>]*value="john@example\.com">/)
    expect(page.html).toMatch(/<textarea id="receiver_address"[^>]*required/)
    expect(page.html).not.toContain("<script")
  })

  it("escapes everything that comes from the order", async () => {
    const { link } = await createOrder({
      sender_name: `<script>alert("x")</script>`,
      items: [{ name: `Box "deluxe" & <b>more</b>`, price: 1 }],
      subtotal: 1,
      total: 1,
    })
    const page = await getPage(link)
    expect(page.html).not.toContain("<script>alert")
    expect(page.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    expect(page.html).toContain("Box &quot;deluxe&quot; &amp; &lt;b&gt;more&lt;/b&gt;")
  })

  it("re-renders with field errors and 400 on invalid input, keeping what was typed", async () => {
    const { id, link } = await createOrder()
    const res = await postForm(link, {
      receiver_name: "",
      receiver_email: "not-an-email",
      receiver_phone: "",
      receiver_address: "",
    })
    expect(res.status).toBe(400)
    expect(res.html).toContain('role="alert"')
    expect(res.html).toContain("Please enter your full name.")
    expect(res.html).toContain("Please enter a valid email address")
    expect(res.html).toContain("Please enter your delivery address.")
    expect(res.html).toMatch(
      /id="receiver_email"[^>]*aria-invalid="true"[^>]*aria-describedby="receiver_email-error"[^>]*value="not-an-email"/
    )

    const api = await http.request("GET", `/api/plugin/v1/orders/${id}`, { key: KEY_A })
    expect((api.body.order as Record<string, unknown>).status).toBe("pending")
  })

  it("escapes typed values when re-rendering", async () => {
    const { link } = await createOrder()
    const res = await postForm(link, { ...VALID_FORM, receiver_email: `"><img src=x onerror=alert(1)>` })
    expect(res.status).toBe(400)
    expect(res.html).not.toContain("<img src=x")
    expect(res.html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
  })

  it("confirms with valid details: thank-you page, API shows confirmed_at and the details", async () => {
    const { id, link } = await createOrder()
    const before = Date.now()
    const res = await postForm(link, VALID_FORM)

    expect(res.status).toBe(200)
    expect(res.html).toContain("Thank you, John Q. Doe!")
    expect(res.html).toContain("456 Oak Ave\n10115 Berlin\nGermany")

    const api = await http.request("GET", `/api/plugin/v1/orders/${id}`, { key: KEY_A })
    const order = api.body.order as Record<string, unknown>
    expect(order).toMatchObject({
      status: "confirmed",
      receiver_name: "John Q. Doe",
      receiver_email: "john.q@example.com",
      receiver_phone: "+49 30 1234567",
      receiver_address: "456 Oak Ave\n10115 Berlin\nGermany",
    })
    expect(Date.parse(String(order.confirmed_at))).toBeGreaterThanOrEqual(before - 1000)

    const again = await getPage(link)
    expect(again.status).toBe(200)
    expect(again.html).toContain("This gift is already confirmed")
    expect(again.html).not.toContain("<form")

    const resubmit = await postForm(link, { ...VALID_FORM, receiver_name: "Someone Else" })
    expect(resubmit.status).toBe(409)
    const unchanged = await http.request("GET", `/api/plugin/v1/orders/${id}`, { key: KEY_A })
    expect((unchanged.body.order as Record<string, unknown>).receiver_name).toBe("John Q. Doe")
  })

  it("tells the recipient when the order was cancelled", async () => {
    const { id, link } = await createOrder()
    await http.control("POST", `/orders/${id}/cancel`)
    const page = await getPage(link)
    expect(page.html).toContain("This gift is no longer available")
    expect(page.html).not.toContain("<form")
  })

  it("answers 404 HTML for an unknown token", async () => {
    const page = await getPage(`${sandbox.url}/gift-receiver/gift-unknown`)
    expect(page.status).toBe(404)
    expect(page.headers.get("content-type")).toMatch(/^text\/html/)
    expect(page.html).toContain("Gift not found")
    const post = await postForm(`${sandbox.url}/gift-receiver/gift-unknown`, VALID_FORM)
    expect(post.status).toBe(404)
  })

  it("uses publicBaseUrl in recipient_link", async () => {
    const other = await startTestSandbox({ publicBaseUrl: "https://gifts.example.test/" })
    try {
      const created = await httpClient(other).create(validOrderBody())
      expect(String(created.body.recipient_link)).toBe(
        `https://gifts.example.test/gift-receiver/${String(created.body.gift_token)}`
      )
    } finally {
      await other.close()
    }
  })
})
