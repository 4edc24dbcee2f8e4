import { planWebhookRegistration } from "../webhook-registration-plan"

const URL = "https://shop.example/hooks/gifting/ugiftme"

describe("planWebhookRegistration", () => {
  it("creates when UGiftMe has nothing and the store holds nothing", () => {
    expect(planWebhookRegistration(URL, null, [])).toEqual({ keep: null, remove: [], forget_stored: false })
  })

  it("replaces an orphan for the same URL (a create whose answer was lost) instead of adding a second", () => {
    expect(planWebhookRegistration(URL, null, [{ id: "w1", url: `${URL}/` }])).toEqual({
      keep: null,
      remove: ["w1"],
      forget_stored: false,
    })
  })

  it("keeps the stored subscription and removes every other one for the URL", () => {
    const remote = [
      { id: "w1", url: URL },
      { id: "w2", url: URL },
      { id: "other", url: "https://elsewhere.example/hook" },
    ]
    expect(planWebhookRegistration(URL, "w2", remote)).toEqual({
      keep: "w2",
      remove: ["w1"],
      forget_stored: false,
    })
  })

  it("keeps the stored subscription when the URL changes (PATCH moves it)", () => {
    expect(planWebhookRegistration(URL, "w1", [{ id: "w1", url: "https://old.example/hook" }])).toEqual({
      keep: "w1",
      remove: [],
      forget_stored: false,
    })
  })

  it("forgets a stored subscription UGiftMe no longer has", () => {
    expect(planWebhookRegistration(URL, "gone", [{ id: "w9", url: URL }])).toEqual({
      keep: null,
      remove: ["w9"],
      forget_stored: true,
    })
  })
})
