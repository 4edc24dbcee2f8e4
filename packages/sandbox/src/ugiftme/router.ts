/** Minimal method + path router with `:param` segments. */

export type RouteShape = { method: string; path: string }

type Compiled<R> = { route: R; regex: RegExp; names: string[] }

export type RouteMatch<R> = { route: R; params: Record<string, string> }

export class Router<R extends RouteShape> {
  private readonly compiled: Compiled<R>[]

  /** Routes are tried in order: list literal paths before `:param` siblings. */
  constructor(routes: R[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = []
      const pattern = route.path
        .split("/")
        .map((segment) => {
          if (segment.startsWith(":")) {
            names.push(segment.slice(1))
            return "([^/]+)"
          }
          return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        })
        .join("/")
      return { route, regex: new RegExp(`^${pattern}/?$`), names }
    })
  }

  match(method: string, path: string): RouteMatch<R> | undefined {
    for (const { route, regex, names } of this.compiled) {
      if (route.method !== method) continue
      const found = regex.exec(path)
      if (!found) continue
      const params: Record<string, string> = {}
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1])
      })
      return { route, params }
    }
    return undefined
  }
}
