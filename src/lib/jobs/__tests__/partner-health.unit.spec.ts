import { PartnerHealth } from "../partner-health"

function health(now: { value: number }) {
  const warnings: string[] = []
  const tracker = new PartnerHealth({
    failureLimit: 3,
    cooldownMs: 60_000,
    logger: { warn: (message) => warnings.push(message) },
    now: () => now.value,
  })
  return { tracker, warnings }
}

describe("PartnerHealth", () => {
  it("cools a partner down after the limit of failures in a row, with one log line", () => {
    const now = { value: 0 }
    const { tracker, warnings } = health(now)
    tracker.record("giftyzet", false)
    tracker.record("giftyzet", false)
    expect(tracker.isCoolingDown("giftyzet")).toBe(false)
    tracker.record("giftyzet", false)
    tracker.record("giftyzet", false)
    tracker.record("giftyzet", false)
    expect(tracker.isCoolingDown("giftyzet")).toBe(true)
    expect(tracker.isCoolingDown("ugiftme")).toBe(false)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain("giftyzet failed 3 times in a row")
  })

  it("resets the count on any answer below 500", () => {
    const { tracker } = health({ value: 0 })
    tracker.record("ugiftme", false)
    tracker.record("ugiftme", false)
    tracker.record("ugiftme", true)
    tracker.record("ugiftme", false)
    tracker.record("ugiftme", false)
    expect(tracker.isCoolingDown("ugiftme")).toBe(false)
  })

  it("lets the partner be probed again once the cool-down is over", () => {
    const now = { value: 0 }
    const { tracker, warnings } = health(now)
    for (let index = 0; index < 3; index++) tracker.record("giftyzet", false)
    now.value = 59_999
    expect(tracker.isCoolingDown("giftyzet")).toBe(true)
    now.value = 60_000
    expect(tracker.isCoolingDown("giftyzet")).toBe(false)
    tracker.record("giftyzet", false)
    expect(tracker.isCoolingDown("giftyzet")).toBe(false)
    tracker.record("giftyzet", false)
    tracker.record("giftyzet", false)
    expect(tracker.isCoolingDown("giftyzet")).toBe(true)
    expect(warnings).toHaveLength(2)
  })
})
