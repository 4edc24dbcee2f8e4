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

/** At most `limit` calls of `run` in flight; the others wait in order. */
export type Slots = {
  run<T>(work: () => Promise<T>): Promise<T>
  /** Calls running now (for tests and figures). */
  inFlight(): number
}

/**
 * A counting semaphore: `run(work)` starts `work` when one of the `limit`
 * slots is free, and frees it when `work` settles (resolved or thrown).
 */
export function createSlots(limit: number): Slots {
  const size = Math.max(1, limit)
  const waiting: (() => void)[] = []
  let running = 0
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (running < size) running++
      else await new Promise<void>((resolve) => waiting.push(resolve))
      try {
        return await work()
      } finally {
        release()
      }
    },
    inFlight: () => running,
  }
}
