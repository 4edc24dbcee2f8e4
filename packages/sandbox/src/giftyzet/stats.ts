/**
 * Request counts by route (`"POST /api/plugin/v1/orders"`,
 * `"GET /api/plugin/v1/orders/:id"`, ...). Control endpoints are not counted.
 */
export class RequestStats {
  private byRoute: Record<string, number> = {}
  private total = 0

  record(route: string): void {
    this.total += 1
    this.byRoute[route] = (this.byRoute[route] ?? 0) + 1
  }

  snapshot(): { total: number; by_route: Record<string, number> } {
    return { total: this.total, by_route: { ...this.byRoute } }
  }

  reset(): void {
    this.byRoute = {}
    this.total = 0
  }
}
