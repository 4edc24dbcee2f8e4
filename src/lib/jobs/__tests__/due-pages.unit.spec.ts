import { pageDueRows, type DuePage, type DueRow } from "../due-pages"

/** An in-memory "what is due" query over `rows` (already in due order), keyset-paged like the module's. */
function keysetQuery(rows: DueRow[]) {
  const pages: DuePage[] = []
  const fetchPage = async (page: DuePage): Promise<DueRow[]> => {
    pages.push(page)
    const after = page.after
    const rest = after
      ? rows.filter(
          (row) =>
            row.due_at > after.due_at ||
            (row.due_at.getTime() === after.due_at.getTime() && row.id > after.id)
        )
      : rows
    return rest.slice(0, page.take)
  }
  return { fetchPage, pages }
}

async function collect(pages: AsyncGenerator<DueRow[]>): Promise<string[][]> {
  const out: string[][] = []
  for await (const page of pages) out.push(page.map((row) => row.id))
  return out
}

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute))

describe("pageDueRows", () => {
  it("pages past a page boundary with the last row's due time and id, never repeating a row", async () => {
    // Three rows share one due time across the boundary of a page of two.
    const rows = [
      { id: "a", due_at: at(1) },
      { id: "b", due_at: at(2) },
      { id: "c", due_at: at(2) },
      { id: "d", due_at: at(2) },
      { id: "e", due_at: at(3) },
    ]
    const { fetchPage, pages } = keysetQuery(rows)
    expect(await collect(pageDueRows(fetchPage, { maxTotal: 100, pageSize: 2 }))).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e"],
    ])
    expect(pages.map((page) => page.after ?? null)).toEqual([
      null,
      { due_at: at(2), id: "b" },
      { due_at: at(2), id: "d" },
    ])
  })

  it("stops at maxTotal, asking the last page only for what is left", async () => {
    const rows = Array.from({ length: 10 }, (_, index) => ({ id: `r${index}`, due_at: at(index) }))
    const { fetchPage, pages } = keysetQuery(rows)
    expect(await collect(pageDueRows(fetchPage, { maxTotal: 5, pageSize: 2 }))).toEqual([
      ["r0", "r1"],
      ["r2", "r3"],
      ["r4"],
    ])
    expect(pages.map((page) => page.take)).toEqual([2, 2, 1])
  })

  it("asks once when the first page is short or empty", async () => {
    const short = keysetQuery([{ id: "a", due_at: at(1) }])
    expect(await collect(pageDueRows(short.fetchPage, { maxTotal: 100 }))).toEqual([["a"]])
    expect(short.pages).toHaveLength(1)
    const empty = keysetQuery([])
    expect(await collect(pageDueRows(empty.fetchPage, { maxTotal: 100 }))).toEqual([])
    expect(empty.pages).toHaveLength(1)
  })
})
