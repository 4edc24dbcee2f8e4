"use client"

import { useEffect, useId, useMemo, useRef, useState, type ReactElement, type ReactNode } from "react"
import { isGiftSettled } from "../gift-share-state"
import { buildGiftShareTargets, type GiftShareCopy } from "../share-targets"
import type { GiftRecipientData, GiftShareState } from "../types"
import { canWebShare, copyText, webShare } from "./browser-actions"
import { GiftQrCode } from "./gift-qr-code"
import {
  formatGiftDeadline,
  mergeGiftShareCardLabels,
  type GiftShareCardLabels,
  type GiftShareStatusLabels,
} from "./gift-share-card-labels"
import { styleOf, type GiftShareCardStyleSlot } from "./gift-share-card-styles"
import { useGiftShareState, type GiftShareStateSource, type GiftShareStateView } from "./use-gift-share-state"

export type GiftShareCardProps = GiftShareStateSource & {
  orderId: string
  /** The gift's state if already read (e.g. on the server): shown without waiting. */
  initialState?: GiftShareState | null
  /** The recipient named at checkout (`findGiftRecipient(order)`): addresses the email and the SMS. */
  recipient?: GiftRecipientData | null
  senderName?: string | null
  storeName?: string | null
  /** Wording of the shared messages (subject, message, SMS). */
  shareCopy?: Partial<GiftShareCopy>
  /** Texts of the card, for translation. */
  labels?: Partial<Omit<GiftShareCardLabels, "status">> & { status?: Partial<GiftShareStatusLabels> }
  /** The store's locale for the deadline's date (`Intl`), e.g. "de-DE". Default: the browser's. */
  locale?: string
  /** Level of the card's heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /** Side of the QR code in CSS pixels. Default 160. */
  qrCodeSize?: number
  className?: string
  /** Drop the default look (borders, spacing, colours); keep the class names and the reserved sizes. */
  unstyled?: boolean
  pollIntervalMs?: number
  maxPollIntervalMs?: number
  /** Called whenever a new state of the gift is read. */
  onStateChange?: (state: GiftShareState | null) => void
}

type Feedback = { id: number; text: string }

const FEEDBACK_MS = 4_000

function statusKeyOf(view: GiftShareStateView): keyof GiftShareStatusLabels {
  if (view.failed && !view.state?.recipient_link) return "unavailable"
  if (view.loading) return "loading"
  if (!view.state || (view.state.status === "pending" && !view.state.recipient_link)) return "preparing"
  return view.state.status
}

/**
 * The "share this gift" card of an order confirmation page: the recipient
 * link, Copy link, Send by email, Send by SMS, the browser's own Share sheet
 * where there is one, a QR code to scan with another device, and whether the
 * recipient accepted the gift yet (kept current by polling). Space is
 * reserved while the link is prepared, so nothing moves when it arrives.
 *
 * @example
 * <GiftShareCard orderId={order.id} loadShareState={getGiftShareState} recipient={findGiftRecipient(order)} />
 */
export function GiftShareCard(props: GiftShareCardProps): ReactElement {
  const {
    recipient,
    senderName,
    storeName,
    shareCopy,
    headingLevel = 2,
    qrCodeSize = 160,
    className,
    unstyled = false,
    onStateChange,
  } = props
  const labels = mergeGiftShareCardLabels(props.labels)
  const view = useGiftShareState(props)
  const ids = { heading: useId(), input: useId(), feedback: useId() }
  const inputRef = useRef<HTMLInputElement | null>(null)
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const [shareSupported, setShareSupported] = useState(false)
  const feedbackTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const statusKey = statusKeyOf(view)
  const link =
    view.state?.recipient_link && view.state.status !== "cancelled" ? view.state.recipient_link : null
  // Accepted, shipped or delivered: the store no longer gives the link, there is nothing left to share.
  const accepted =
    !link && view.state !== null && isGiftSettled(view.state) && view.state.status !== "cancelled"
  const targets = useMemo(
    () =>
      link
        ? buildGiftShareTargets({
            link,
            recipient: recipient
              ? {
                  name: recipient.recipient_name,
                  email: recipient.recipient_email,
                  phone: recipient.recipient_phone,
                }
              : null,
            giftMessage: recipient?.gift_message,
            senderName,
            storeName,
            copy: shareCopy,
          })
        : null,
    // By value: a new recipient object or wording on each render must not rebuild the targets.
    [
      link,
      recipient?.recipient_name,
      recipient?.recipient_email,
      recipient?.recipient_phone,
      recipient?.gift_message,
      senderName,
      storeName,
    ]
  )

  useEffect(() => {
    setShareSupported(targets ? canWebShare(targets.webShare) : false)
  }, [targets])

  useEffect(() => {
    if (!view.loading) onStateChange?.(view.state)
    // Only a new state is news (a new callback on each render is not).
  }, [view.state, view.loading])

  useEffect(() => () => clearTimeout(feedbackTimer.current), [])

  const say = (text: string, clearAfterMs?: number) => {
    clearTimeout(feedbackTimer.current)
    setFeedback((current) => ({ id: (current?.id ?? 0) + 1, text }))
    if (clearAfterMs) feedbackTimer.current = setTimeout(() => setFeedback(null), clearAfterMs)
  }

  const onCopy = async () => {
    if (!targets) return
    const copied = await copyText(targets.link, inputRef.current)
    if (copied) say(labels.copied, FEEDBACK_MS)
    else say(labels.copyManually)
  }

  const onShare = async () => {
    if (!targets) return
    const outcome = await webShare(targets.webShare)
    if (outcome === "failed") say(labels.shareFailed, FEEDBACK_MS)
  }

  const style = (slot: GiftShareCardStyleSlot) => styleOf(slot, unstyled)
  const actionStyle = (enabled: boolean) =>
    enabled ? style("action") : { ...style("action"), ...style("actionDisabled") }
  const Heading = `h${headingLevel}` as const

  const linkAction = (href: string | undefined, label: string, name: string): ReactNode =>
    href ? (
      <a
        className={`gifting-share-card__action gifting-share-card__action--${name}`}
        href={href}
        style={style("action")}
      >
        {label}
      </a>
    ) : (
      <span
        className={`gifting-share-card__action gifting-share-card__action--${name}`}
        aria-disabled="true"
        style={actionStyle(false)}
      >
        {label}
      </span>
    )

  return (
    <section
      className={["gifting-share-card", className].filter(Boolean).join(" ")}
      style={style("card")}
      aria-labelledby={ids.heading}
      aria-busy={statusKey === "loading" || statusKey === "preparing"}
      data-testid="gift-share-card"
      data-gift-status={statusKey}
    >
      <Heading id={ids.heading} className="gifting-share-card__title" style={style("title")}>
        {labels.title}
      </Heading>
      <p className="gifting-share-card__intro" style={style("intro")}>
        {labels.intro}
      </p>
      <p
        className="gifting-share-card__status"
        role="status"
        aria-live="polite"
        style={style("status")}
        data-testid="gift-share-status"
      >
        {labels.status[statusKey]}
      </p>
      {statusKey === "pending" && view.state?.claim_deadline ? (
        <p className="gifting-share-card__deadline" data-testid="gift-share-deadline">
          {labels.deadline.replace("{date}", formatGiftDeadline(view.state.claim_deadline, props.locale))}
        </p>
      ) : null}
      {accepted ? null : (
        <div className="gifting-share-card__body" style={style("body")}>
          <div className="gifting-share-card__main" style={style("main")}>
            <label htmlFor={ids.input} className="gifting-share-card__label" style={style("label")}>
              {labels.linkLabel}
            </label>
            <input
              ref={inputRef}
              id={ids.input}
              className="gifting-share-card__input"
              style={style("input")}
              type="url"
              readOnly
              value={link ?? ""}
              placeholder={labels.linkPlaceholder}
              aria-describedby={ids.feedback}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="gift-share-link"
            />
            <div
              className="gifting-share-card__actions"
              role="group"
              aria-label={labels.actions}
              style={style("actions")}
            >
              <button
                type="button"
                className="gifting-share-card__action gifting-share-card__action--copy"
                style={actionStyle(Boolean(targets))}
                disabled={!targets}
                onClick={onCopy}
              >
                {labels.copy}
              </button>
              {linkAction(targets?.mailto, labels.email, "email")}
              {linkAction(targets?.sms, labels.sms, "sms")}
              {shareSupported && targets ? (
                <button
                  type="button"
                  className="gifting-share-card__action gifting-share-card__action--share"
                  style={style("action")}
                  onClick={onShare}
                >
                  {labels.share}
                </button>
              ) : null}
            </div>
            <p
              id={ids.feedback}
              className="gifting-share-card__feedback"
              role="status"
              aria-live="polite"
              aria-atomic="true"
              style={style("feedback")}
            >
              {feedback ? <span key={feedback.id}>{feedback.text}</span> : null}
            </p>
          </div>
          <figure className="gifting-share-card__qr" style={style("qr")} data-testid="gift-share-qr">
            <GiftQrCode
              value={link}
              size={qrCodeSize}
              title={labels.qrTitle}
              className="gifting-share-card__qr-code"
            />
            <figcaption className="gifting-share-card__qr-caption" style={style("qrCaption")}>
              {labels.qrCaption}
            </figcaption>
          </figure>
        </div>
      )}
    </section>
  )
}
