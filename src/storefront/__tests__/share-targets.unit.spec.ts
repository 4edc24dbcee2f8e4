import {
  buildGiftShareTargets,
  buildMailtoUri,
  buildSmsUri,
  toMultiLine,
  toSingleLine,
  toSmsNumber,
} from "../share-targets"

const LINK = "https://app.giftyzet.com/gift-receiver/AbC123_-xyz?src=shop&x=1"

/** The raw `name=value` fields of a URI's query, each decoded once (no `+`-as-space rule). */
function queryOf(uri: string): Record<string, string> {
  const query = uri.slice(uri.indexOf("?") + 1)
  const fields: Record<string, string> = {}
  for (const pair of query.split("&").filter(Boolean)) {
    const [name, value = ""] = pair.split("=")
    fields[name] = decodeURIComponent(value)
  }
  return fields
}

describe("buildGiftShareTargets", () => {
  it("addresses the email and the SMS to the recipient and carries the link everywhere", () => {
    const targets = buildGiftShareTargets({
      link: LINK,
      recipient: { name: "Rosa", email: "Rosa@Example.com", phone: "+44 (20) 7946-0958" },
      storeName: "Mug & Co",
      giftMessage: "Happy birthday!",
      senderName: "Jane",
    })

    expect(targets.link).toBe(LINK)
    expect(targets.subject).toBe("Jane sent you a gift")
    expect(targets.mailto.startsWith("mailto:rosa@example.com?")).toBe(true)
    expect(queryOf(targets.mailto)).toEqual({
      subject: "Jane sent you a gift",
      body: [
        "Hi Rosa,",
        "",
        "I sent you a gift from Mug & Co! Open the link below to accept it and tell us where it should be delivered.",
        "",
        "Happy birthday!",
        "",
        "Jane",
        "",
        LINK,
      ].join("\r\n"),
    })
    expect(targets.sms.startsWith("sms:+442079460958?&body=")).toBe(true)
    expect(queryOf(targets.sms).body).toBe(`Hi Rosa, I sent you a gift! Accept it here: ${LINK}`)
    expect(targets.copyText.endsWith(`\n\n${LINK}`)).toBe(true)
    expect(targets.copyText).toContain("Happy birthday!")
    expect(targets.webShare).toEqual({
      title: "Jane sent you a gift",
      text: targets.copyText.slice(0, -`\n\n${LINK}`.length),
      url: LINK,
    })
  })

  it("keeps odd characters in names and messages intact through the encoding", () => {
    const name = 'Zoë & "Max" <max@x> 100% #1 +1 ?=; שלום 🎁'
    const message = "Line one & two\r\nLine ③: 50% off? #yay +plus\n\n— Jane 🎉"
    const targets = buildGiftShareTargets({ link: LINK, recipient: { name }, giftMessage: message })

    // Nothing that would end a field or the URI is left raw.
    const mailtoQuery = targets.mailto.slice(targets.mailto.indexOf("?") + 1)
    expect(mailtoQuery).not.toMatch(/[ #<>"\n\r+]/)
    expect(mailtoQuery.split("&")).toHaveLength(2)
    expect(targets.mailto).toContain("%2B") // a literal "+" never turns into a space
    expect(targets.mailto).toContain("%0D%0A") // CRLF line breaks

    const { subject, body } = queryOf(targets.mailto)
    expect(subject).toBe(`A gift for you, ${name}`)
    expect(body).toContain(`Hi ${name},`)
    expect(body).toContain("Line one & two\r\nLine ③: 50% off? #yay +plus\r\n\r\n— Jane 🎉")
    expect(body.endsWith(LINK)).toBe(true)

    const smsBody = queryOf(targets.sms).body
    expect(smsBody).toBe(`Hi ${name}, I sent you a gift! Accept it here: ${LINK}`)
    expect(targets.sms.split("&")).toHaveLength(2)
    expect(targets.webShare.text).toContain("Line ③: 50% off? #yay +plus")
  })

  it("keeps odd characters in the sender's and the store's names, and text that looks encoded already", () => {
    const senderName = `Łukasz "Luke" O'Brien & Co. #2 👨‍👩‍👧`
    const storeName = "Café ☕ 東京 100%25 ?x=1&y=2"
    const giftMessage = "%20 stays %20\r\n¿Qué tal? 你好 — مرحبا\n\n'quoted' \"twice\""
    const targets = buildGiftShareTargets({ link: LINK, senderName, storeName, giftMessage })

    expect(targets.subject).toBe(`${senderName} sent you a gift`)
    expect(targets.mailto).toContain("%2520") // a literal "%20" is encoded, never decoded to a space
    const mailtoQuery = targets.mailto.slice(targets.mailto.indexOf("?") + 1)
    expect(mailtoQuery).not.toMatch(/[ #<>"\n\r+?]/) // an apostrophe may stay as it is in a URI
    expect(mailtoQuery.split("&")).toHaveLength(2)

    const { subject, body } = queryOf(targets.mailto)
    expect(subject).toBe(`${senderName} sent you a gift`)
    expect(body).toContain(`I sent you a gift from ${storeName}!`)
    expect(body).toContain("%20 stays %20\r\n¿Qué tal? 你好 — مرحبا\r\n\r\n'quoted' \"twice\"")
    expect(body.endsWith(`\r\n\r\n${senderName}\r\n\r\n${LINK}`)).toBe(true)

    expect(targets.copyText).toContain("%20 stays %20\n¿Qué tal? 你好 — مرحبا\n\n'quoted' \"twice\"")
    expect(targets.webShare.title).toBe(targets.subject)
    expect(queryOf(targets.sms).body).toBe(`Hi, I sent you a gift! Accept it here: ${LINK}`)
    expect(targets.sms).not.toMatch(/[ #"\n]/)
  })

  it("puts names on one line and drops control characters, so a name cannot break the subject", () => {
    const targets = buildGiftShareTargets({
      link: LINK,
      recipient: { name: "Rosa\r\nBcc: evil@example.com\u0000\u0007" },
    })

    expect(targets.subject).toBe("A gift for you, Rosa Bcc: evil@example.com")
    expect(queryOf(targets.mailto).subject).toBe("A gift for you, Rosa Bcc: evil@example.com")
    expect(targets.mailto.startsWith("mailto:?")).toBe(true)
    expect(Object.keys(queryOf(targets.mailto))).toEqual(["subject", "body"])
  })

  it("works with nothing but the link", () => {
    const targets = buildGiftShareTargets({ link: `  ${LINK} ` })

    expect(targets.link).toBe(LINK)
    expect(targets.subject).toBe("A gift for you")
    expect(targets.mailto.startsWith("mailto:?subject=A%20gift%20for%20you&body=Hi%2C%0D%0A")).toBe(true)
    expect(targets.sms).toBe(
      `sms:?&body=${encodeURIComponent(`Hi, I sent you a gift! Accept it here: ${LINK}`)}`
    )
    expect(targets.webShare.url).toBe(LINK)
  })

  it("takes the store's own wording", () => {
    const targets = buildGiftShareTargets({
      link: LINK,
      recipient: { name: "Rosa" },
      copy: {
        subject: ({ recipientName }) => `Ein Geschenk für dich, ${recipientName}`,
        message: () => "Öffne den Link, um dein Geschenk anzunehmen.",
        sms: () => "Dein Geschenk:",
      },
    })

    expect(targets.subject).toBe("Ein Geschenk für dich, Rosa")
    expect(targets.copyText).toBe(`Öffne den Link, um dein Geschenk anzunehmen.\n\n${LINK}`)
    expect(queryOf(targets.sms).body).toBe(`Dein Geschenk: ${LINK}`)
  })
})

describe("share URI builders", () => {
  it("leaves out an email address that is not one", () => {
    expect(buildMailtoUri({ to: "not an address", subject: "s", body: "b" })).toBe("mailto:?subject=s&body=b")
    expect(buildMailtoUri({ to: "a+tag@example.com", subject: "s", body: "b" })).toBe(
      "mailto:a%2Btag@example.com?subject=s&body=b"
    )
  })

  it("writes phone numbers as digits with an optional leading +", () => {
    expect(toSmsNumber("+44 (20) 7946-0958")).toBe("+442079460958")
    expect(toSmsNumber("030 123.45.67")).toBe("0301234567")
    expect(toSmsNumber("12")).toBe("")
    expect(toSmsNumber(null)).toBe("")
    expect(buildSmsUri({ to: "+1 555 0100", body: "a&b=c" })).toBe("sms:+15550100?&body=a%26b%3Dc")
  })

  it("normalises text for one line or several", () => {
    expect(toSingleLine("  a\tb\r\n c\u0085d  ")).toBe("a b c d")
    expect(toMultiLine("a\r\nb\rc\u0000\t d  \n\n")).toBe("a\nb\nc  d")
  })
})
