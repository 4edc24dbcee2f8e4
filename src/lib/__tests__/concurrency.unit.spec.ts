import { forEachWithConcurrency } from "../concurrency"

describe("forEachWithConcurrency", () => {
  it("never runs more than the limit at once and runs every item", async () => {
    let running = 0
    let peak = 0
    const seen: number[] = []
    const result = await forEachWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      seen.push(item)
      running--
    })

    expect(peak).toBe(3)
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(result).toEqual({ succeeded: 7, failed: [] })
  })

  it("collects failures without stopping the batch", async () => {
    const result = await forEachWithConcurrency(["a", "b", "c"], 2, async (item) => {
      if (item === "b") throw new Error("boom")
    })

    expect(result.succeeded).toBe(2)
    expect(result.failed.map((failure) => failure.item)).toEqual(["b"])
  })

  it("handles an empty list", async () => {
    await expect(forEachWithConcurrency([], 4, async () => undefined)).resolves.toEqual({
      succeeded: 0,
      failed: [],
    })
  })
})
