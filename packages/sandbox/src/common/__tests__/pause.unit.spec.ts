import { pause } from "../pause"

describe("pause", () => {
  it("ends as soon as the sandbox closes, however long the pause", async () => {
    const shutdown = new AbortController()
    const waiting = pause(3_600_000, shutdown.signal)
    shutdown.abort()
    await expect(waiting).resolves.toBeUndefined()
  })

  it("does not wait at all once closed", async () => {
    const shutdown = new AbortController()
    shutdown.abort()
    await expect(pause(3_600_000, shutdown.signal)).resolves.toBeUndefined()
  })
})
