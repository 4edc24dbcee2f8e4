/**
 * Runs `task` over `items` with at most `limit` running at once; resolves
 * when all settled. Failures are collected, never thrown, so one bad item
 * does not stop a batch.
 */
export async function forEachWithConcurrency<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>
): Promise<{ succeeded: number; failed: { item: T; error: unknown }[] }> {
  const failed: { item: T; error: unknown }[] = []
  let succeeded = 0
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      try {
        await task(item)
        succeeded++
      } catch (error) {
        failed.push({ item, error })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return { succeeded, failed }
}
