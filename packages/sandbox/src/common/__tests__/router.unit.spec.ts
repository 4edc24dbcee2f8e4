import { isUnder, matchRoute } from "../router"

const routes = [
  { method: "GET", path: "/orders/search" },
  { method: "GET", path: "/orders/:id" },
  { method: "PATCH", path: "/orders/:id" },
]

describe("matchRoute", () => {
  it("prefers a literal path listed before its :param sibling", () => {
    expect(matchRoute(routes, "GET", "/orders/search")).toEqual({
      kind: "found",
      route: routes[0],
      params: {},
    })
  })

  it("captures and decodes a :param segment, ignoring trailing slashes", () => {
    expect(matchRoute(routes, "GET", "/orders/a%20b/")).toEqual({
      kind: "found",
      route: routes[1],
      params: { id: "a b" },
    })
  })

  it("tells a known path with the wrong method from an unknown path", () => {
    expect(matchRoute(routes, "DELETE", "/orders/1")).toEqual({
      kind: "wrong-method",
      allowed: ["GET", "PATCH"],
      path: "/orders/:id",
    })
    expect(matchRoute(routes, "GET", "/orders")).toEqual({ kind: "none" })
    expect(matchRoute(routes, "GET", "/orders/%E0%A4%A")).toEqual({ kind: "none" })
  })
})

describe("isUnder", () => {
  it("takes the prefix itself and paths below it, not paths that only start alike", () => {
    expect(isUnder("/__sandbox/ugiftme", "/__sandbox/ugiftme")).toBe(true)
    expect(isUnder("/__sandbox/ugiftme/faults", "/__sandbox/ugiftme")).toBe(true)
    expect(isUnder("/__sandbox/ugiftmexyz", "/__sandbox/ugiftme")).toBe(false)
  })
})
