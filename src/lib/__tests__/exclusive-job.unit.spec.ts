import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
// Medusa's own in-memory locking provider (the Locking Module's default), not a stand-in.
import { InMemoryLockingProvider } from "@medusajs/locking/dist/providers/in-memory"
import { jobLockKey, runJobExclusively } from "../exclusive-job"

function containerWith(locking: InMemoryLockingProvider) {
  const info: string[] = []
  const logger = { info: (message: string) => info.push(message) }
  const container = {
    resolve: (key: string) => {
      if (key === Modules.LOCKING) return locking
      if (key === ContainerRegistrationKeys.LOGGER) return logger
      throw new Error(`unexpected resolve(${key})`)
    },
  } as unknown as MedusaContainer
  return { container, info }
}

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((ok) => (resolve = ok))
  return { promise, resolve }
}

describe("runJobExclusively", () => {
  it("runs the work under the job's lock and returns its result", async () => {
    const locking = new InMemoryLockingProvider()
    const { container } = containerWith(locking)
    let heldDuringWork = false
    const run = await runJobExclusively(container, "poll", async () => {
      heldDuringWork = (locking as unknown as { locks: Map<string, unknown> }).locks.has(jobLockKey("poll"))
      return 42
    })
    expect(run).toEqual({ ran: true, result: 42 })
    expect(heldDuringWork).toBe(true)
    expect(jobLockKey("poll")).toBe("gifting:job:poll")
  })

  it("skips a run while another run of the same job holds the lock, and says so", async () => {
    const locking = new InMemoryLockingProvider()
    const { container, info } = containerWith(locking)
    const release = deferred()
    const first = runJobExclusively(container, "poll", async () => {
      await release.promise
      return "first"
    })
    const second = await runJobExclusively(container, "poll", async () => "second")
    expect(second).toEqual({ ran: false })
    expect(info).toEqual(["gifting: poll skipped this turn: another run of it is still going"])
    release.resolve()
    expect(await first).toEqual({ ran: true, result: "first" })

    // Once the first run is over, the next one runs.
    expect(await runJobExclusively(container, "poll", async () => "third")).toEqual({
      ran: true,
      result: "third",
    })
  })

  it("lets different jobs run at the same time", async () => {
    const locking = new InMemoryLockingProvider()
    const { container } = containerWith(locking)
    const release = deferred()
    const poll = runJobExclusively(container, "poll", async () => {
      await release.promise
      return "poll"
    })
    expect(await runJobExclusively(container, "retry", async () => "retry")).toEqual({
      ran: true,
      result: "retry",
    })
    release.resolve()
    expect(await poll).toEqual({ ran: true, result: "poll" })
  })

  it("passes on the work's own errors, even one that reads like a lock timeout", async () => {
    const locking = new InMemoryLockingProvider()
    const { container, info } = containerWith(locking)
    await expect(
      runJobExclusively(container, "poll", async () => {
        throw new Error("Failed to acquire lock for key order_1")
      })
    ).rejects.toThrow("Failed to acquire lock for key order_1")
    expect(info).toEqual([])
    // The failed run gave the lock back.
    expect(await runJobExclusively(container, "poll", async () => 1)).toEqual({ ran: true, result: 1 })
  })
})
