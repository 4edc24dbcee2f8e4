import Redis from "ioredis"

/**
 * One numbered database of the Redis server the suite runs against
 * (SCALE_OUT_REDIS_URL, default the machine's `redis://127.0.0.1:6379`), kept
 * for one test: emptied before and after, so queues, scheduled jobs and locks
 * of another run never mix in. SCALE_OUT_REDIS_DB picks the number (default 13).
 */
export type TestRedisDatabase = { url: string; db: number; flush(): Promise<void> }

export async function freshRedisDatabase(): Promise<TestRedisDatabase> {
  const server = (process.env.SCALE_OUT_REDIS_URL || "redis://127.0.0.1:6379").replace(/\/\d*$/, "")
  const db = Number(process.env.SCALE_OUT_REDIS_DB || 13)
  const url = `${server}/${db}`
  const flush = async () => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null })
    try {
      await client.connect()
      await client.flushdb()
    } catch (error) {
      throw new Error(`the scale-out test needs Redis at ${url}: ${(error as Error).message}`)
    } finally {
      client.disconnect()
    }
  }
  await flush()
  return { url, db, flush }
}
