/** Method + path routing with `:name` segments, shared by both partner sandboxes. */

/** What the router needs of a route; each partner adds its own handler type. */
export type RouteShape = {
  method: string
  /** Path pattern; a `:name` segment captures one non-empty path segment. */
  path: string
}

export type RouteMatch<R extends RouteShape> =
  | { kind: "found"; route: R; params: Record<string, string> }
  | { kind: "wrong-method"; allowed: string[]; path: string }
  | { kind: "none" }

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const patternParts = pattern.split("/")
  const pathParts = path.split("/")
  if (patternParts.length !== pathParts.length) {
    return undefined
  }
  const params: Record<string, string> = {}
  for (const [index, part] of patternParts.entries()) {
    const actual = pathParts[index] ?? ""
    if (part.startsWith(":")) {
      if (actual === "") {
        return undefined
      }
      try {
        params[part.slice(1)] = decodeURIComponent(actual)
      } catch {
        return undefined
      }
    } else if (part !== actual) {
      return undefined
    }
  }
  return params
}

/**
 * Finds the route for a method and path (trailing slashes ignored). Routes
 * are tried in order: list literal paths before their `:param` siblings.
 */
export function matchRoute<R extends RouteShape>(
  routes: readonly R[],
  method: string,
  rawPath: string
): RouteMatch<R> {
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, "") : rawPath
  const allowed: string[] = []
  let allowedPath = ""
  for (const route of routes) {
    const params = matchPattern(route.path, path)
    if (!params) {
      continue
    }
    if (route.method === method) {
      return { kind: "found", route, params }
    }
    allowed.push(route.method)
    allowedPath = route.path
  }
  return allowed.length > 0 ? { kind: "wrong-method", allowed, path: allowedPath } : { kind: "none" }
}

/** Whether `path` is `prefix` itself or lies below it. */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`)
}
