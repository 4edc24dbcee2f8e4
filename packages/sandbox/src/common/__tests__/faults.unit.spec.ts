import { FaultRegistry, inScope, type CountedFault } from "../faults"

type TestFault = CountedFault & { name: string; method?: string; prefix?: string }

function registry(): FaultRegistry<TestFault> {
  return new FaultRegistry<TestFault>((fault) => ({ method: fault.method, pathPrefix: fault.prefix }))
}

describe("FaultRegistry", () => {
  it("hands out the first applicable fault in arming order and drops it when spent", () => {
    const faults = registry()
    faults.add({ name: "post-only", remaining: 1, hits: 0, method: "post" })
    faults.add({ name: "any", remaining: 2, hits: 0 })
    expect(faults.take("GET", "/x")?.name).toBe("any")
    expect(faults.take("POST", "/x")?.name).toBe("post-only")
    expect(faults.list()).toEqual([{ name: "any", remaining: 1, hits: 1 }])
    expect(faults.take("POST", "/x")?.name).toBe("any")
    expect(faults.take("POST", "/x")).toBeUndefined()
  })

  it("keeps an uncounted fault until cleared and ignores one with nothing left", () => {
    const faults = registry()
    faults.add({ name: "spent", remaining: 0, hits: 0 })
    faults.add({ name: "forever", remaining: null, hits: 0, prefix: "/api" })
    expect(faults.takeAll("GET", "/api/a").map((f) => f.name)).toEqual(["forever"])
    expect(faults.takeAll("GET", "/api/b").map((f) => f.hits)).toEqual([2])
    expect(faults.take("GET", "/other")).toBeUndefined()
    faults.clear()
    expect(faults.list()).toEqual([])
  })

  it("filters by kind with accept", () => {
    const faults = registry()
    faults.add({ name: "a", remaining: 1, hits: 0 })
    faults.add({ name: "b", remaining: 1, hits: 0 })
    expect(faults.take("GET", "/", (fault) => fault.name === "b")?.name).toBe("b")
    expect(faults.list().map((f) => f.name)).toEqual(["a"])
  })
})

describe("inScope", () => {
  it("matches the method in any case and the path by prefix; absent parts match all", () => {
    expect(inScope({ method: "post", pathPrefix: "/orders" }, "POST", "/orders/1")).toBe(true)
    expect(inScope({ method: "POST" }, "GET", "/orders")).toBe(false)
    expect(inScope({ pathPrefix: "/orders" }, "GET", "/wallet")).toBe(false)
    expect(inScope({ method: null, pathPrefix: null }, "DELETE", "/")).toBe(true)
  })
})
