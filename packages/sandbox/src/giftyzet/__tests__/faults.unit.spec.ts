import { GiftyzetFaults, parseFaultSpec } from "../faults"

describe("GiftyzetFaults", () => {
  it("consumes counted faults in order and removes them when spent", () => {
    const faults = new GiftyzetFaults()
    faults.add({ kind: "error", count: 2 })
    faults.add({ kind: "rate_limit" })
    expect(faults.takeBlocking("GET", "/a")?.kind).toBe("error")
    expect(faults.takeBlocking("GET", "/a")?.kind).toBe("error")
    expect(faults.takeBlocking("GET", "/a")?.kind).toBe("rate_limit")
    expect(faults.takeBlocking("GET", "/a")).toBeUndefined()
    expect(faults.list()).toEqual([])
  })

  it("matches method and path prefix", () => {
    const faults = new GiftyzetFaults()
    faults.add({ kind: "error", method: "post", path_prefix: "/api/plugin/v1/orders" })
    expect(faults.takeBlocking("GET", "/api/plugin/v1/orders")).toBeUndefined()
    expect(faults.takeBlocking("POST", "/gift-receiver/x")).toBeUndefined()
    expect(faults.takeBlocking("POST", "/api/plugin/v1/orders")?.status).toBe(500)
  })

  it("sums latency faults; uncounted latency stays until cleared", () => {
    const faults = new GiftyzetFaults()
    faults.add({ kind: "latency", latency_ms: 10 })
    faults.add({ kind: "latency", latency_ms: 5, count: 1 })
    expect(faults.takeLatency("GET", "/")).toBe(15)
    expect(faults.takeLatency("GET", "/")).toBe(10)
    faults.clear()
    expect(faults.takeLatency("GET", "/")).toBe(0)
  })

  it("scopes fail_after_commit to creates unless told otherwise", () => {
    const faults = new GiftyzetFaults()
    const fault = faults.add({ kind: "fail_after_commit" })
    expect(fault).toMatchObject({
      method: "POST",
      path_prefix: "/api/plugin/v1/orders",
      mode: "error",
      status: 500,
    })
    expect(faults.takeAfterCommit("GET", "/api/plugin/v1/orders")).toBeUndefined()
    expect(faults.takeBlocking("POST", "/api/plugin/v1/orders")).toBeUndefined()
    expect(faults.takeAfterCommit("POST", "/api/plugin/v1/orders")?.id).toBe(fault.id)
  })
})

describe("parseFaultSpec", () => {
  it("accepts a full spec", () => {
    expect(parseFaultSpec({ kind: "rate_limit", count: 3, retry_after: 2, method: "GET" })).toEqual({
      kind: "rate_limit",
      count: 3,
      retry_after: "2",
      method: "GET",
    })
  })

  it.each([
    [{}, /^kind must be one of/],
    [{ kind: "error", count: 1.5 }, /^count/],
    [{ kind: "error", status: 200 }, /^status must be between 400/],
    [{ kind: "hang", hang_ms: -1 }, /^hang_ms/],
    [{ kind: "fail_after_commit", mode: "explode" }, /^mode/],
    [{ kind: "error", method: 5 }, /^method must be a string/],
  ])("refuses %p", (body, message) => {
    expect(parseFaultSpec(body)).toEqual(expect.stringMatching(message))
  })
})
