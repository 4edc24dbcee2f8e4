/** Paging of list endpoints, shared by both partner sandboxes. */

/** `page` ≥ 1 and 1 ≤ `limit` ≤ `maxLimit`; unreadable values fall back to the defaults. */
export function readPaging(
  query: URLSearchParams,
  defaults: { limit: number; maxLimit: number }
): { page: number; limit: number } {
  const page = Number.parseInt(query.get("page") ?? "", 10)
  const limit = Number.parseInt(query.get("limit") ?? "", 10)
  return {
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    limit: Number.isFinite(limit) && limit >= 1 ? Math.min(limit, defaults.maxLimit) : defaults.limit,
  }
}

export function paginate<T>(items: T[], page: number, limit: number): { slice: T[]; totalPages: number } {
  return {
    slice: items.slice((page - 1) * limit, page * limit),
    totalPages: Math.max(1, Math.ceil(items.length / limit)),
  }
}
