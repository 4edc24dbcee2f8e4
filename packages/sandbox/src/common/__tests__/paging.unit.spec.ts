import { paginate, readPaging } from "../paging"

const defaults = { limit: 20, maxLimit: 50 }

describe("readPaging", () => {
  it("reads page and limit, capping limit at the maximum", () => {
    expect(readPaging(new URLSearchParams("page=3&limit=500"), defaults)).toEqual({ page: 3, limit: 50 })
  })

  it("falls back to page 1 and the default limit for missing or unreadable values", () => {
    expect(readPaging(new URLSearchParams(""), defaults)).toEqual({ page: 1, limit: 20 })
    expect(readPaging(new URLSearchParams("page=0&limit=abc"), defaults)).toEqual({ page: 1, limit: 20 })
  })
})

describe("paginate", () => {
  it("slices one page and counts at least one page", () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({ slice: [3, 4], totalPages: 3 })
    expect(paginate([], 1, 10)).toEqual({ slice: [], totalPages: 1 })
  })
})
