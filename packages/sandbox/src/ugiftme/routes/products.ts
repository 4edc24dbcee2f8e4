import { catalogFilters } from "../catalog"
import { paginate, readPaging } from "../../common/paging"
import type { ApiRoute } from "./route-types"
import { ok } from "./route-types"

/**
 * `GET /products` (optional `category`, `merchant`, `currency` filters, not
 * documented but harmless) and `GET /products/filters`.
 */
export const productRoutes: ApiRoute[] = [
  {
    method: "GET",
    path: "/products",
    limiter: "products",
    handler: ({ core, query }) => {
      const { page, limit } = readPaging(query, { limit: 20, maxLimit: 100 })
      const filters = {
        category: query.get("category")?.toLowerCase(),
        merchant: query.get("merchant")?.toLowerCase(),
        currency: query.get("currency")?.toUpperCase(),
      }
      const matching = core.state.products.filter(
        (p) =>
          (!filters.category || p.category.toLowerCase() === filters.category) &&
          (!filters.merchant || p.merchant.toLowerCase() === filters.merchant) &&
          (!filters.currency || p.currency === filters.currency)
      )
      const { slice, totalPages } = paginate(matching, page, limit)
      return ok({
        products: slice.map((p) => ({ ...p })),
        pagination: { total: matching.length, page, limit, totalPages },
      })
    },
  },
  // Fidelity only: only the plugin client's getProductFilters (and its contract tests) calls it.
  {
    method: "GET",
    path: "/products/filters",
    limiter: "products",
    handler: ({ core }) => ok(catalogFilters(core.state.products)),
  },
]
