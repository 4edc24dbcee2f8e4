import type { GiftStatus } from "../types"

/** What the card says about the gift, by its status (and before it is known). */
export type GiftShareStatusLabels = Record<GiftStatus | "loading" | "preparing" | "unavailable", string>

/** Every text of `GiftShareCard`, for translation (pass the ones to change in `labels`). */
export type GiftShareCardLabels = {
  title: string
  intro: string
  linkLabel: string
  linkPlaceholder: string
  actions: string
  copy: string
  copied: string
  copyManually: string
  email: string
  sms: string
  share: string
  shareFailed: string
  qrTitle: string
  qrCaption: string
  /** The claim deadline line; `{date}` is the deadline formatted in `locale`. */
  deadline: string
  status: GiftShareStatusLabels
}

export const defaultGiftShareCardLabels: GiftShareCardLabels = {
  title: "Share the gift",
  intro: "Send this link to the recipient: they accept the gift and tell us where to deliver it.",
  linkLabel: "Gift link",
  linkPlaceholder: "Preparing the link…",
  actions: "Share the gift link",
  copy: "Copy link",
  copied: "Link copied",
  copyManually: "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
  email: "Send by email",
  sms: "Send by SMS",
  share: "Share…",
  shareFailed: "Sharing did not work. Copy the link instead.",
  qrTitle: "QR code of the gift link",
  qrCaption: "Scan to open the link on another device",
  deadline: "The recipient has until {date} to accept",
  status: {
    loading: "Checking the gift…",
    preparing: "Preparing the gift link…",
    pending: "Waiting for the recipient to accept the gift",
    confirmed: "The recipient accepted the gift",
    dispatched: "The gift is on its way",
    delivered: "The gift was delivered",
    cancelled: "The gift was cancelled",
    unavailable: "The gift link could not be loaded. Please refresh the page.",
  },
}

/** Defaults overridden by the given labels (status texts merged one by one). */
export function mergeGiftShareCardLabels(
  labels:
    (Partial<Omit<GiftShareCardLabels, "status">> & { status?: Partial<GiftShareStatusLabels> }) | undefined
): GiftShareCardLabels {
  return {
    ...defaultGiftShareCardLabels,
    ...labels,
    status: { ...defaultGiftShareCardLabels.status, ...labels?.status },
  }
}

/** "15 December" in the store's locale (the browser's when none is given). */
export function formatGiftDeadline(deadline: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long" }).format(new Date(deadline))
}
