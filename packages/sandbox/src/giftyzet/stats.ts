import { countRequest, emptyRequestCounts } from "../common/request-counts"

/**
 * Request counts by route (`"POST /api/plugin/v1/orders"`,
 * `"GET /api/plugin/v1/orders/:id"`, ...). Control endpoints are not counted.
 */
export class RequestStats {
  private counts = emptyRequestCounts()

  record(route: string): void {
    countRequest(this.counts, route)
  }

  snapshot(): { total: number; by_route: Record<string, number> } {
    return { total: this.counts.total, by_route: { ...this.counts.byRoute } }
  }

  reset(): void {
    this.counts = emptyRequestCounts()
  }
}
