import { decideClaimClose, extendRefusal, resendRefusal, type ClaimCloseInput } from "../claim-decisions"

const NOW = new Date("2026-12-15T10:00:00.000Z")
const PAST = new Date("2026-12-15T09:00:00.000Z")
const FUTURE = new Date("2026-12-16T09:00:00.000Z")

type Gift = ClaimCloseInput["gift"]
const pending: Gift = {
  status: "pending",
  claim_state: "open",
  claim_outcome: null,
  claim_deadline: PAST,
  recipient_link: "https://giftyzet.test/gift-receiver/abc",
}

function decide(gift: Partial<Gift>, rest: Partial<Omit<ClaimCloseInput, "gift">> = {}) {
  return decideClaimClose({
    gift: { ...pending, ...gift },
    trigger: "deadline",
    outcome: "notify_staff",
    now: NOW,
    order_canceled: false,
    ...rest,
  })
}

describe("decideClaimClose", () => {
  it("expires a pending gift past its deadline with the configured outcome", () => {
    expect(decide({})).toEqual({
      kind: "close",
      state: "expired",
      outcome: "notify_staff",
      event: "expired",
      cancel_order: false,
      tell_buyer: false,
    })
    expect(decide({}, { outcome: "cancel_and_refund" })).toMatchObject({
      cancel_order: true,
      tell_buyer: true,
    })
  })

  it("does nothing twice: an expired gift or a confirmed one is unchanged at the deadline", () => {
    expect(decide({ claim_state: "expired", claim_outcome: "notify_staff" })).toEqual({ kind: "unchanged" })
    expect(decide({ status: "confirmed" })).toEqual({ kind: "unchanged" })
    expect(decide({ claim_deadline: FUTURE })).toMatchObject({ kind: "refused" })
  })

  it("treats Giftyzet's cancelled as a decline, unless the store canceled the order itself", () => {
    expect(decide({ status: "cancelled" }, { trigger: "decline", outcome: "ship_to_buyer" })).toMatchObject({
      kind: "close",
      state: "declined",
      outcome: "ship_to_buyer",
      event: "declined",
    })
    expect(decide({ status: "cancelled" }, { trigger: "decline", order_canceled: true })).toMatchObject({
      kind: "close",
      state: "closed",
      outcome: null,
      event: null,
    })
  })

  it("lets staff take an outcome once, and refuses what no longer applies", () => {
    const staff = { trigger: "staff" as const, outcome: "cancel_and_refund" as const }
    expect(decide({ claim_state: "expired", claim_outcome: "notify_staff" }, staff)).toMatchObject({
      kind: "close",
      state: "expired",
      cancel_order: true,
    })
    expect(decide({ claim_state: "expired", claim_outcome: "cancel_and_refund" }, staff)).toEqual({
      kind: "unchanged",
    })
    expect(decide({ claim_outcome: "ship_to_buyer", claim_state: "closed" }, staff)).toEqual({
      kind: "refused",
      reason: "The gift's outcome is already ship_to_buyer",
    })
    expect(decide({ status: "confirmed" }, staff)).toMatchObject({ kind: "refused" })
    expect(decide({}, { ...staff, order_canceled: true })).toMatchObject({ kind: "refused" })
  })
})

describe("staff action refusals", () => {
  it("extends an open window or one that expired for staff, nothing else", () => {
    expect(extendRefusal(pending)).toBeNull()
    expect(extendRefusal({ ...pending, claim_state: "expired", claim_outcome: "notify_staff" })).toBeNull()
    expect(extendRefusal({ ...pending, status: "confirmed" })).toBe(
      "The recipient has already accepted this gift"
    )
    expect(extendRefusal({ ...pending, claim_state: "closed", claim_outcome: "ship_to_buyer" })).toContain(
      "can no longer be extended"
    )
  })

  it("resends the link only while the window is open and the link exists", () => {
    expect(resendRefusal(pending)).toBeNull()
    expect(resendRefusal({ ...pending, recipient_link: null })).toBe("The gift has no recipient link yet")
    expect(resendRefusal({ ...pending, claim_state: "expired" })).toContain("extend its window first")
  })
})
