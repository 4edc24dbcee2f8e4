/** Where a page of due rows ended: the last row's due time and id (rows are ordered by both). */
export type DueRowCursor = { due_at: Date; id: string }

/** One page of a "what is due" query: at most `take` rows after `after` (from the start when null). */
export type DuePage = { take: number; after?: DueRowCursor | null }

/** A due row as the module's "what is due" methods return it: its id and due time, for the cursor. */
export type DueRow = { id: string; due_at: Date }

/** Rows read per "what is due" query. */
export const DUE_PAGE_SIZE = 100

/**
 * Streams the due rows a job works through, a page at a time: `fetchPage`
 * is one indexed query (keyset paging on due time and id, see the module's
 * `listDue…` methods), so a run holds one page in memory and never reads a
 * row twice, whatever the work on a page did with the rows' due times. Stops
 * after `maxTotal` rows or at the first short page.
 */
export async function* pageDueRows<R extends DueRow>(
  fetchPage: (page: DuePage) => Promise<R[]>,
  { maxTotal, pageSize = DUE_PAGE_SIZE }: { maxTotal: number; pageSize?: number }
): AsyncGenerator<R[]> {
  let after: DueRowCursor | null = null
  let handedOut = 0
  while (handedOut < maxTotal) {
    const take = Math.min(pageSize, maxTotal - handedOut)
    const rows = await fetchPage({ take, after })
    if (rows.length === 0) return
    handedOut += rows.length
    yield rows
    if (rows.length < take) return
    const last = rows[rows.length - 1]
    after = { due_at: last.due_at, id: last.id }
  }
}
