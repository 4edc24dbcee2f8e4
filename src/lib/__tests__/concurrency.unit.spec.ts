import { createSlots, forEachWithConcurrency } from "../concurrency"

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

describe("createSlots", () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 2))

  it("never runs more than its limit at once, and runs every call in order of arrival", async () => {
    const slots = createSlots(2)
    let running = 0
    let peak = 0
    const started: number[] = []
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((item) =>
        slots.run(async () => {
          started.push(item)
          running++
          peak = Math.max(peak, running)
          await tick()
          running--
          return item * 10
        })
      )
    )

    expect(peak).toBe(2)
    expect(started).toEqual([1, 2, 3, 4, 5])
    expect(results).toEqual([10, 20, 30, 40, 50])
    expect(slots.inFlight()).toBe(0)
  })

  it("frees the slot of a call that throws", async () => {
    const slots = createSlots(1)
    await expect(slots.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom")
    await expect(slots.run(async () => "next")).resolves.toBe("next")
    expect(slots.inFlight()).toBe(0)
  })
})
