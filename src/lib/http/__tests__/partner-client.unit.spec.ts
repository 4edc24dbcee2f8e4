import { z } from "@medusajs/framework/zod"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import type { PartnerNetworkError } from "../fetch-with-timeout"
import {
  PartnerClient,
  summarizeIssues,
  type PartnerAnswer,
  type PartnerCall,
  type RefusedAnswer,
  type RetryAfterRule,
} from "../partner-client"
import { PartnerError, type PartnerErrorKind } from "../partner-error"

const KEY = "test_key_0123456789abcdef"

class TestError extends PartnerError {
  readonly partner = "ugiftme"
  readonly retryable: boolean

  constructor(
    message: string,
    readonly kind: PartnerErrorKind,
    status: number | null
  ) {
    super(message, { status })
    this.retryable = kind === "unavailable" || kind === "rate_limited"
  }
}

/** The smallest partner: a status table and nothing else. */
class TestClient extends PartnerClient<TestError> {
  constructor(baseUrl: string, retryAfter: RetryAfterRule, warnings: string[]) {
    super({
      baseUrl,
      apiBase: baseUrl,
      apiKey: KEY,
      backoff: { baseMs: 1, maxMs: 1 },
      retryAfter,
      logger: { warn: (line) => warnings.push(line) },
    })
  }

  call(spec: Partial<PartnerCall>): Promise<PartnerAnswer> {
    return this.send({ method: "GET", path: "/thing", retry: "always", ...spec })
  }

  read(): Promise<{ id: string }> {
    return this.call({}).then((answer) => this.parse(z.object({ id: z.string() }), answer, "thing"))
  }

  protected errorForAnswer({ status, body }: RefusedAnswer): TestError {
    const text = this.safeText(typeof body === "object" && body ? String(Object.values(body)[0]) : undefined)
    const kind: PartnerErrorKind =
      status === 429
        ? "rate_limited"
        : status >= 500
          ? "unavailable"
          : status < 400
            ? "response"
            : "validation"
    return new TestError(`answered ${status}${text ? ` (${text})` : ""}`, kind, status)
  }

  protected errorForNoAnswer(failure: PartnerNetworkError): TestError {
    return new TestError(failure.message, "unavailable", null)
  }

  protected errorForBody(answer: PartnerAnswer, what: string, issues: string[]): TestError {
    return new TestError(`unexpected ${what}: ${issues.join("; ")}`, "response", answer.status)
  }
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> }

describe("PartnerClient", () => {
  let server: Server
  let baseUrl: string
  let replies: Reply[]
  let seen: IncomingMessage[]
  let warnings: string[]

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      seen.push(req)
      const reply = replies.shift() ?? { status: 200, body: { id: "ok" } }
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers })
      res.end(reply.body === undefined ? "" : JSON.stringify(reply.body))
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  beforeEach(() => {
    replies = []
    seen = []
    warnings = []
  })

  const client = (retryAfter: RetryAfterRule = { capMs: 1_000, beyondCap: "give-up" }) =>
    new TestClient(baseUrl, retryAfter, warnings)

  it("sends the key as X-API-Key, keeps it out of the object and of every message", async () => {
    replies = [{ status: 503, body: { error: `bad key ${KEY}` } }]
    const made = client()
    await made.call({})
    expect(seen[0].headers["x-api-key"]).toBe(KEY)
    expect(JSON.stringify(made)).not.toContain(KEY)
    expect(warnings).toEqual([
      expect.stringMatching(/^answered 503 \(bad key \[redacted\]\); retry 1\/3 in \d+ ms \(GET \/thing\)$/),
    ])
  })

  it("does not follow a redirect: the 3xx goes to the status table", async () => {
    replies = [{ status: 302, headers: { location: `${baseUrl}/elsewhere` } }]
    const error = await client()
      .call({})
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ kind: "response", status: 302 })
    expect(seen.map((req) => req.url)).toEqual(["/thing"])
  })

  it.each([
    ["always", 503, 2],
    ["always", 429, 2],
    ["rate-limit-only", 503, 1],
    ["rate-limit-only", 429, 2],
    ["never", 503, 1],
    ["never", 429, 1],
  ] as const)("with policy %s, a %s is sent %s time(s)", async (retry, status, sent) => {
    replies = [{ status }]
    await client()
      .call({ retry })
      .catch(() => undefined)
    expect(seen).toHaveLength(sent)
  })

  it("never retries a refusal", async () => {
    replies = [{ status: 400 }]
    await expect(client().call({})).rejects.toMatchObject({ kind: "validation", status: 400 })
    expect(seen).toHaveLength(1)
  })

  it("waits out a Retry-After within the cap; beyond it, gives up or waits the cap as the client chose", async () => {
    replies = [{ status: 429, headers: { "retry-after": "0.02" } }]
    await client().call({})
    expect(warnings).toEqual([expect.stringContaining("retry 1/3 in 20 ms")])

    warnings.length = 0
    replies = [{ status: 429, headers: { "retry-after": "60" } }]
    await expect(client().call({})).rejects.toMatchObject({ kind: "rate_limited" })
    expect(warnings).toEqual([])

    replies = [{ status: 429, headers: { "retry-after": "60" } }]
    await client({ capMs: 30, beyondCap: "wait-cap" }).call({})
    expect(warnings).toEqual([expect.stringContaining("retry 1/3 in 30 ms")])
  })

  it("accepts the non-2xx answers a call reads as a result", async () => {
    replies = [{ status: 404 }]
    await expect(client().call({ accepts: (status) => status === 404 })).resolves.toMatchObject({
      status: 404,
    })
  })

  it("sends a body once serialised, with the call's own headers and query", async () => {
    replies = [{ status: 503 }]
    await client().call({
      method: "POST",
      body: { a: 1 },
      query: { page: 2, skip: undefined },
      headers: { "Idempotency-Key": "k1" },
    })
    expect(seen.map((req) => [req.url, req.headers["idempotency-key"], req.headers["content-type"]])).toEqual(
      [
        ["/thing?page=2", "k1", "application/json"],
        ["/thing?page=2", "k1", "application/json"],
      ]
    )
  })

  it("names the fields a body got wrong", async () => {
    replies = [{ status: 200, body: { id: 5 } }]
    await expect(client().read()).rejects.toMatchObject({
      kind: "response",
      message: "unexpected thing: id: Invalid input: expected string, received number",
    })
  })
})

describe("summarizeIssues", () => {
  it("keeps the first five issues and counts the rest", () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: ["items", i], message: "bad" }))
    expect(summarizeIssues(issues)).toEqual([
      "items.0: bad",
      "items.1: bad",
      "items.2: bad",
      "items.3: bad",
      "items.4: bad",
      "and 2 more",
    ])
    expect(summarizeIssues([{ path: [], message: "not an object" }])).toEqual(["(body): not an object"])
  })
})
