import {
  WEBHOOK_SECRETS_REFRESH_MIN_MS,
  WEBHOOK_SECRETS_TTL_MS,
  WebhookSecretCache,
} from "../webhook-secret-cache"

function cacheOver(stored: { secrets: string[] }) {
  let now = 1_000_000
  let reads = 0
  const cache = new WebhookSecretCache(
    async () => {
      reads++
      return [...stored.secrets]
    },
    () => now
  )
  return {
    cache,
    reads: () => reads,
    advance: (ms: number) => {
      now += ms
    },
  }
}

describe("WebhookSecretCache", () => {
  it("reads the secrets once, then answers from memory until the TTL ends", async () => {
    const stored = { secrets: ["a"] }
    const { cache, reads, advance } = cacheOver(stored)
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([["a"], ["a"]])
    stored.secrets = ["b"]
    advance(WEBHOOK_SECRETS_TTL_MS - 1)
    expect(await cache.get()).toEqual(["a"])
    expect(reads()).toBe(1)
    advance(1)
    expect(await cache.get()).toEqual(["b"])
    expect(reads()).toBe(2)
  })

  it("reads them again at once after forget()", async () => {
    const stored = { secrets: ["a"] }
    const { cache, reads } = cacheOver(stored)
    await cache.get()
    stored.secrets = ["b"]
    cache.forget()
    expect(await cache.get()).toEqual(["b"])
    expect(reads()).toBe(2)
  })

  it("refreshes on demand at most once per interval", async () => {
    const stored = { secrets: ["a"] }
    const { cache, reads, advance } = cacheOver(stored)
    await cache.get()
    stored.secrets = ["b"]
    expect(await cache.refresh()).toBeNull()
    advance(WEBHOOK_SECRETS_REFRESH_MIN_MS)
    expect(await cache.refresh()).toEqual(["b"])
    expect(await cache.refresh()).toBeNull()
    expect(await cache.get()).toEqual(["b"])
    expect(reads()).toBe(2)
  })

  it("does not keep a read that began before forget()", async () => {
    let release: (secrets: string[]) => void = () => undefined
    let reads = 0
    const cache = new WebhookSecretCache(() => {
      reads++
      return reads === 1 ? new Promise<string[]>((resolve) => (release = resolve)) : Promise.resolve(["new"])
    })
    const stale = cache.get()
    cache.forget()
    release(["old"])
    expect(await stale).toEqual(["old"])
    expect(await cache.get()).toEqual(["new"])
    expect(reads).toBe(2)
  })

  it("does not cache a failed read", async () => {
    let fail = true
    const cache = new WebhookSecretCache(async () => {
      if (fail) throw new Error("database down")
      return ["a"]
    })
    await expect(cache.get()).rejects.toThrow("database down")
    fail = false
    expect(await cache.get()).toEqual(["a"])
  })
})
