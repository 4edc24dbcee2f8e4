import type { CSSProperties } from "react"

/**
 * The card's default look: minimal, inherited fonts and colours, tuned through
 * CSS custom properties (`--gifting-*`) on the card or any parent. With
 * `unstyled`, only the sizes that keep the layout still remain, and the class
 * names (`gifting-share-card__*`) are there to style from a stylesheet.
 */
export type GiftShareCardStyleSlot =
  | "card"
  | "title"
  | "intro"
  | "status"
  | "body"
  | "main"
  | "label"
  | "input"
  | "actions"
  | "action"
  | "actionDisabled"
  | "feedback"
  | "qr"
  | "qrCaption"

const ONE_LINE = "1.5em"

/** Kept even when unstyled: reserved room so nothing moves when the link or a message arrives. */
export const layoutStyles: Partial<Record<GiftShareCardStyleSlot, CSSProperties>> = {
  status: { minHeight: ONE_LINE, margin: 0 },
  input: { minHeight: "2.5em", boxSizing: "border-box", width: "100%" },
  feedback: { minHeight: ONE_LINE, margin: 0 },
  qr: { margin: 0, flex: "none" },
}

export const defaultStyles: Record<GiftShareCardStyleSlot, CSSProperties> = {
  card: {
    display: "grid",
    gap: "var(--gifting-gap, 0.75rem)",
    padding: "var(--gifting-padding, 1rem)",
    border: "1px solid var(--gifting-border-color, #d4d4d8)",
    borderRadius: "var(--gifting-radius, 0.5rem)",
    background: "var(--gifting-background, transparent)",
    color: "var(--gifting-color, inherit)",
    font: "inherit",
  },
  title: { margin: 0, fontSize: "1.125em", fontWeight: 600 },
  intro: { margin: 0, color: "var(--gifting-muted-color, inherit)" },
  status: { fontWeight: 600 },
  body: { display: "flex", flexWrap: "wrap", gap: "var(--gifting-gap, 0.75rem)", alignItems: "flex-start" },
  main: { display: "grid", gap: "0.5rem", flex: "1 1 16rem", minWidth: 0 },
  label: { fontWeight: 600 },
  input: {
    padding: "0.5em 0.75em",
    border: "1px solid var(--gifting-border-color, #d4d4d8)",
    borderRadius: "var(--gifting-radius, 0.5rem)",
    font: "inherit",
    color: "inherit",
    background: "var(--gifting-input-background, #ffffff)",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: "0.5rem" },
  action: {
    display: "inline-flex",
    alignItems: "center",
    minHeight: "2.5em",
    padding: "0 1em",
    border: "1px solid var(--gifting-accent, #18181b)",
    borderRadius: "var(--gifting-radius, 0.5rem)",
    background: "var(--gifting-action-background, #ffffff)",
    color: "var(--gifting-accent, #18181b)",
    font: "inherit",
    textDecoration: "none",
    cursor: "pointer",
  },
  actionDisabled: { opacity: 0.5, cursor: "not-allowed" },
  feedback: { color: "var(--gifting-muted-color, inherit)" },
  qr: { display: "grid", gap: "0.25rem", justifyItems: "center" },
  qrCaption: {
    fontSize: "0.875em",
    color: "var(--gifting-muted-color, inherit)",
    maxWidth: "12rem",
    textAlign: "center",
  },
}

/** The inline style of a slot: layout reservations, plus the default look unless unstyled. */
export function styleOf(slot: GiftShareCardStyleSlot, unstyled: boolean): CSSProperties | undefined {
  const layout = layoutStyles[slot]
  if (unstyled) return layout
  return { ...defaultStyles[slot], ...layout }
}
