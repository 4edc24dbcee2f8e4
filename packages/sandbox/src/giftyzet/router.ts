import type { RequestContext } from "./context"
import type { SandboxResponse } from "./http-response"

export type RouteHandler = (ctx: RequestContext) => SandboxResponse

export type Route = {
  method: string
  /** Path pattern; `:name` segments capture one path segment. */
  pattern: string
  handler: RouteHandler
}

export type RouteMatch =
  | { kind: "found"; route: Route; params: Record<string, string> }
  | { kind: "wrong-method"; allowed: string[]; pattern: string }
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

/** Finds the route for a method and path (trailing slashes ignored). */
export function matchRoute(routes: Route[], method: string, rawPath: string): RouteMatch {
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, "") : rawPath
  const allowed: string[] = []
  let allowedPattern = ""
  for (const route of routes) {
    const params = matchPattern(route.pattern, path)
    if (!params) {
      continue
    }
    if (route.method === method) {
      return { kind: "found", route, params }
    }
    allowed.push(route.method)
    allowedPattern = route.pattern
  }
  return allowed.length > 0 ? { kind: "wrong-method", allowed, pattern: allowedPattern } : { kind: "none" }
}
