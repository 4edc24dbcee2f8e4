/** How many partner API requests a sandbox saw, in all and by route (`"POST /orders"`, ...). */
export type RequestCounts = { total: number; byRoute: Record<string, number> }

export function emptyRequestCounts(): RequestCounts {
  return { total: 0, byRoute: {} }
}

export function countRequest(counts: RequestCounts, route: string): void {
  counts.total += 1
  counts.byRoute[route] = (counts.byRoute[route] ?? 0) + 1
}
