import { matchRoute } from "../router"

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
