/**
 * @jest-environment jsdom
 */
/// <reference lib="dom" />
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { GiftShareCard } from "../react"
import type { GiftingSdk } from "../sdk"
import type { GiftRecipientData, GiftShareState } from "../types"
import { decodeQrRows, rowsFromPath } from "./support/qr-reader"

const LINK = "https://app.giftyzet.com/gift-receiver/Ab3_xY9-kLmNoPqRsTuVwXyZ012345"
const RECIPIENT: GiftRecipientData = {
  recipient_name: "Rosa & Co",
  recipient_email: "rosa@example.com",
  recipient_phone: "+44 20 7946 0958",
  gift_message: "Happy birthday! 🎂",
}
const preparing: GiftShareState = {
  status: "pending",
  recipient_link: null,
  order_number: null,
  confirmed_at: null,
}
const waiting: GiftShareState = { ...preparing, recipient_link: LINK, order_number: "PLUG-1-ABCDEFG" }
// As the store answers once the recipient accepted: no link any more.
const confirmed: GiftShareState = {
  ...waiting,
  recipient_link: null,
  status: "confirmed",
  confirmed_at: "2026-01-02T03:04:05.000Z",
}

/** A loader answering each state in turn, then the last one forever; counts its calls. */
function scripted(...states: (GiftShareState | null | Error)[]) {
  const calls: string[] = []
  const load = async (orderId: string): Promise<GiftShareState | null> => {
    calls.push(orderId)
    const next = states.length > 1 ? states.shift() : states[0]
    if (next instanceof Error) throw next
    return next ?? null
  }
  return { load, calls }
}

const fast = { pollIntervalMs: 5, maxPollIntervalMs: 20 }

function setNavigator(name: "clipboard" | "share" | "canShare", value: unknown) {
  Object.defineProperty(window.navigator, name, { value, configurable: true, writable: true })
}

afterEach(() => {
  for (const name of ["clipboard", "share", "canShare"] as const) {
    Reflect.deleteProperty(window.navigator, name)
  }
})

const linkField = () => screen.getByLabelText<HTMLInputElement>("Gift link")
const statusText = () => screen.getByTestId("gift-share-status").textContent
const feedbackText = () =>
  document.getElementById(linkField().getAttribute("aria-describedby") ?? "")?.textContent

describe("GiftShareCard", () => {
  it("keeps the room of the link, the actions and the QR code while the link is prepared", async () => {
    const { load } = scripted(null, preparing, waiting)
    render(<GiftShareCard orderId="order_1" loadShareState={load} recipient={RECIPIENT} {...fast} />)

    expect(statusText()).toBe("Checking the gift…")
    expect(screen.getByRole("region", { name: "Share the gift" }).getAttribute("aria-busy")).toBe("true")
    expect(linkField().value).toBe("")
    expect(linkField().placeholder).toBe("Preparing the link…")
    expect(screen.getByRole("button", { name: "Copy link" })).toHaveProperty("disabled", true)
    expect(screen.getByText("Send by email").getAttribute("aria-disabled")).toBe("true")
    expect(screen.getByText("Send by SMS").getAttribute("aria-disabled")).toBe("true")
    const placeholder = screen.getByTestId("gift-share-qr").firstElementChild as HTMLElement
    expect([placeholder.style.width, placeholder.style.height]).toEqual(["160px", "160px"])

    await waitFor(() => expect(linkField().value).toBe(LINK))
    expect(statusText()).toBe("Waiting for the recipient to accept the gift")
    expect(screen.getByRole("region", { name: "Share the gift" }).getAttribute("aria-busy")).toBe("false")
    const qr = screen.getByRole("img", { name: "QR code of the gift link" })
    expect([qr.getAttribute("width"), qr.getAttribute("height")]).toEqual(["160", "160"])
    expect(screen.getByRole("button", { name: "Copy link" })).toHaveProperty("disabled", false)
  })

  it("copies the link to the clipboard and announces it", async () => {
    const writeText = jest.fn(async (_text: string) => undefined)
    setNavigator("clipboard", { writeText })
    render(<GiftShareCard orderId="order_1" loadShareState={scripted(waiting).load} {...fast} />)
    const copy = await screen.findByRole("button", { name: "Copy link" })
    await waitFor(() => expect(copy).toHaveProperty("disabled", false))

    await act(async () => fireEvent.click(copy))

    expect(writeText).toHaveBeenCalledWith(LINK)
    expect(feedbackText()).toBe("Link copied")
    const feedback = document.getElementById(linkField().getAttribute("aria-describedby") ?? "")
    expect(feedback?.getAttribute("role")).toBe("status")
    expect(feedback?.getAttribute("aria-live")).toBe("polite")
  })

  it("selects the link for copying by hand where the clipboard is refused", async () => {
    setNavigator("clipboard", { writeText: async () => Promise.reject(new Error("NotAllowedError")) })
    const execCommand = jest.fn(() => false)
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true })
    render(<GiftShareCard orderId="order_1" loadShareState={scripted(waiting).load} {...fast} />)
    await waitFor(() => expect(linkField().value).toBe(LINK))

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy link" })))

    expect(execCommand).toHaveBeenCalledWith("copy")
    expect(document.activeElement).toBe(linkField())
    expect([linkField().selectionStart, linkField().selectionEnd]).toEqual([0, LINK.length])
    expect(feedbackText()).toBe("The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.")
    Reflect.deleteProperty(document, "execCommand")
  })

  it("sends the link by email and by SMS to the recipient", async () => {
    render(
      <GiftShareCard
        orderId="order_1"
        loadShareState={scripted(waiting).load}
        recipient={RECIPIENT}
        {...fast}
      />
    )

    const email = await screen.findByRole("link", { name: "Send by email" })
    const sms = screen.getByRole("link", { name: "Send by SMS" })
    const mailto = email.getAttribute("href") ?? ""
    expect(mailto.startsWith("mailto:rosa@example.com?subject=")).toBe(true)
    const body = decodeURIComponent(mailto.split("&body=")[1])
    expect(body).toContain("Hi Rosa & Co,")
    expect(body).toContain("Happy birthday! 🎂")
    expect(body.endsWith(LINK)).toBe(true)
    const smsHref = sms.getAttribute("href") ?? ""
    expect(smsHref.startsWith("sms:+442079460958?&body=")).toBe(true)
    expect(decodeURIComponent(smsHref.split("&body=")[1]).endsWith(LINK)).toBe(true)
  })

  it("offers the native Share sheet only where the browser has one", async () => {
    const first = render(
      <GiftShareCard orderId="order_1" loadShareState={scripted(waiting).load} {...fast} />
    )
    await waitFor(() => expect(linkField().value).toBe(LINK))
    expect(screen.queryByRole("button", { name: "Share…" })).toBeNull()
    first.unmount()

    const share = jest.fn(async (_data: ShareData) => undefined)
    setNavigator("share", share)
    render(
      <GiftShareCard
        orderId="order_1"
        loadShareState={scripted(waiting).load}
        recipient={RECIPIENT}
        {...fast}
      />
    )
    const button = await screen.findByRole("button", { name: "Share…" })

    await act(async () => fireEvent.click(button))

    expect(share).toHaveBeenCalledWith({
      title: "A gift for you, Rosa & Co",
      text: expect.stringContaining("Happy birthday! 🎂"),
      url: LINK,
    })
    expect(feedbackText()).toBe("")
  })

  it("says nothing when the shopper closes the Share sheet, and offers copying when sharing fails", async () => {
    const share = jest
      .fn(async (_data: ShareData) => undefined)
      .mockRejectedValueOnce(Object.assign(new Error("Share canceled"), { name: "AbortError" }))
      .mockRejectedValueOnce(new Error("boom"))
    setNavigator("share", share)
    render(<GiftShareCard orderId="order_1" loadShareState={scripted(waiting).load} {...fast} />)
    const button = await screen.findByRole("button", { name: "Share…" })

    await act(async () => fireEvent.click(button))
    expect(feedbackText()).toBe("")
    await act(async () => fireEvent.click(button))
    expect(feedbackText()).toBe("Sharing did not work. Copy the link instead.")
  })

  it("draws a QR code that decodes to the link", async () => {
    render(
      <GiftShareCard orderId="order_1" loadShareState={scripted(waiting).load} qrCodeSize={200} {...fast} />
    )

    const qr = await screen.findByRole("img", { name: "QR code of the gift link" })
    const extent = Number((qr.getAttribute("viewBox") ?? "").split(" ")[2])
    const path = qr.querySelector("path")?.getAttribute("d") ?? ""
    expect(qr.getAttribute("width")).toBe("200")
    expect(decodeQrRows(rowsFromPath(path, extent))).toBe(LINK)
  })

  it("shows when the recipient accepts the gift, then stops asking", async () => {
    const { load, calls } = scripted(waiting, waiting, confirmed)
    render(<GiftShareCard orderId="order_1" loadShareState={load} {...fast} />)

    await waitFor(() => expect(statusText()).toBe("The recipient accepted the gift"))
    expect(screen.getByTestId("gift-share-card").getAttribute("data-gift-status")).toBe("confirmed")
    const settledCalls = calls.length
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(calls.length).toBe(settledCalls)
    expect(calls.every((orderId) => orderId === "order_1")).toBe(true)
  })

  it("tells until when the recipient may accept, in the store's locale, while the gift is pending", async () => {
    const { load } = scripted(waiting)
    const withDeadline = { ...waiting, claim_deadline: "2026-12-15T12:00:00.000Z" }
    const { rerender } = render(
      <GiftShareCard
        orderId="order_1"
        loadShareState={load}
        initialState={withDeadline}
        locale="en-GB"
        {...fast}
      />
    )
    expect(screen.getByTestId("gift-share-deadline").textContent).toBe(
      "The recipient has until 15 December to accept"
    )
    rerender(
      <GiftShareCard
        orderId="order_1"
        loadShareState={load}
        initialState={withDeadline}
        locale="de-DE"
        labels={{ deadline: "Annehmen bis {date}" }}
        {...fast}
      />
    )
    expect(screen.getByTestId("gift-share-deadline").textContent).toBe("Annehmen bis 15. Dezember")
  })

  it("shows a settled state given by the server without asking again", async () => {
    const { load, calls } = scripted(waiting)
    render(<GiftShareCard orderId="order_1" loadShareState={load} initialState={confirmed} {...fast} />)

    expect(statusText()).toBe("The recipient accepted the gift")
    // Nothing left to share: no link field, no share actions, no QR code.
    expect(screen.queryByTestId("gift-share-link")).toBeNull()
    expect(screen.queryByRole("button", { name: "Copy link" })).toBeNull()
    expect(screen.queryByTestId("gift-share-qr")).toBeNull()
    expect(screen.getByTestId("gift-share-card").getAttribute("aria-busy")).toBe("false")
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(calls).toEqual([])
  })

  it("says so when the gift cannot be loaded for good", async () => {
    const refused = Object.assign(new Error("Forbidden"), { status: 403 })
    render(<GiftShareCard orderId="order_1" loadShareState={scripted(refused).load} {...fast} />)

    await waitFor(() =>
      expect(statusText()).toBe("The gift link could not be loaded. Please refresh the page.")
    )
    expect(screen.getByRole("button", { name: "Copy link" })).toHaveProperty("disabled", true)
  })

  it("reads through a JS SDK and stops reading when it leaves the page", async () => {
    const paths: string[] = []
    const sdk: GiftingSdk = {
      client: {
        fetch: async <T,>(path: string) => {
          paths.push(path)
          return { gift_order: waiting } as T
        },
      },
      store: { cart: { addShippingMethod: async () => ({ cart: {} }) } },
    }
    const view = render(<GiftShareCard orderId="order_1" sdk={sdk} {...fast} />)
    await waitFor(() => expect(linkField().value).toBe(LINK))

    view.unmount()
    const readsAtUnmount = paths.length
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(paths.length).toBe(readsAtUnmount)
    expect(paths[0]).toBe("/store/gifting/orders/order_1")
  })

  it("is operable from the keyboard: a labelled field, native buttons and links in reading order", async () => {
    render(
      <GiftShareCard
        orderId="order_1"
        loadShareState={scripted(waiting).load}
        headingLevel={3}
        labels={{ title: "Partager le cadeau", copy: "Copier le lien", status: { pending: "En attente" } }}
        {...fast}
      />
    )
    await waitFor(() => expect(statusText()).toBe("En attente"))

    expect(screen.getByRole("heading", { level: 3, name: "Partager le cadeau" })).toBeTruthy()
    const controls = [
      linkField(),
      screen.getByRole("button", { name: "Copier le lien" }),
      screen.getByRole("link", { name: "Send by email" }),
      screen.getByRole("link", { name: "Send by SMS" }),
    ]
    expect(controls.map((control) => control.tagName)).toEqual(["INPUT", "BUTTON", "A", "A"])
    expect(controls.map((control) => control.tabIndex)).toEqual([0, 0, 0, 0])
    const ordered = [...controls].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
    )
    expect(ordered).toEqual(controls)
    controls[1].focus()
    expect(document.activeElement).toBe(controls[1])
    expect(screen.getByRole("group", { name: "Share the gift link" })).toBeTruthy()
  })
})
