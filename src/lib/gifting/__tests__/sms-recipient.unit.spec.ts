import { smsRecipientOf } from "../sms-recipient"

const SHIPS_TO = ["gb", "DE", "fr"]

describe("smsRecipientOf", () => {
  it("takes a mobile number of a country the store ships to, in E.164 form", () => {
    expect(smsRecipientOf(" +44 7400 123456 ", SHIPS_TO)).toEqual({ ok: true, number: "+447400123456" })
    expect(smsRecipientOf("+49 151 2345 6789", SHIPS_TO)).toEqual({ ok: true, number: "+4915123456789" })
  })

  it.each([
    ["+44 909 879 0000", "a premium-rate number"],
    ["+44 871 123 4567", "a premium-rate number"],
    ["+49 900 1234567", "a premium-rate number"],
    ["+33 8 10 12 34 56", "a shared-cost number"],
    ["+44 70 1234 5678", "a personal (forwarding) number"],
    ["+44 800 123 4567", "a toll-free number"],
    ["+44 20 7946 0958", "a fixed line"],
  ])("refuses %s: %s", (phone, kind) => {
    expect(smsRecipientOf(phone, SHIPS_TO)).toEqual({
      ok: false,
      reason: `the recipient's phone number is ${kind}, not a mobile number`,
    })
  })

  it("refuses short codes and numbers not written in international form", () => {
    for (const phone of ["84433", "07400 123456", "0044 7400 123456", "+44 7400 123456 ext 1"]) {
      expect(smsRecipientOf(phone, SHIPS_TO)).toEqual({
        ok: false,
        reason: "the recipient's phone number is not in international form (+ and country code)",
      })
    }
    expect(smsRecipientOf("+44 84433", SHIPS_TO)).toEqual({
      ok: false,
      reason: "the recipient's phone number is not valid",
    })
  })

  it("refuses a number of a country no region of the store ships to", () => {
    expect(smsRecipientOf("+34 612 34 56 78", SHIPS_TO)).toEqual({
      ok: false,
      reason: "the recipient's phone number is from a country the store's regions do not ship to (ES)",
    })
    expect(smsRecipientOf("+44 7400 123456", [])).toMatchObject({ ok: false })
  })

  it("says why without repeating the number", () => {
    const result = smsRecipientOf("+44 909 879 0000", SHIPS_TO)
    expect(JSON.stringify(result)).not.toMatch(/909|879/)
    expect(smsRecipientOf(null, SHIPS_TO)).toEqual({
      ok: false,
      reason: "the recipient gave no phone number",
    })
  })
})
