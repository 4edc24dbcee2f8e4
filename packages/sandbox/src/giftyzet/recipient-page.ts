import { escapeHtml } from "./html-escape"
import type { StoredOrder } from "./types"
import type { RecipientFormErrors, RecipientFormValues } from "./validation"

/**
 * HTML of the recipient page (`/gift-receiver/:token`). Server-rendered,
 * no JavaScript: the form is a plain POST to the page's own URL. Every
 * value from an order or a form goes through `escapeHtml`.
 */

const STYLES = `
:root { color-scheme: light; --ink: #1f2330; --muted: #5b6170; --line: #e3e5ea; --accent: #b4235a; --accent-dark: #8c1a45; --error: #b3261e; --ok: #1e7d45; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f4f1; }
.brand { display: flex; align-items: center; gap: .5rem; max-width: 44rem; margin: 0 auto; padding: 1.25rem 1rem .5rem; font-weight: 700; font-size: 1.1rem; }
.badge { font-size: .75rem; font-weight: 600; padding: .1rem .5rem; border-radius: 999px; background: #fde8ef; color: var(--accent-dark); }
main { max-width: 44rem; margin: 0 auto; padding: 0 1rem 2rem; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 1.5rem; margin-top: 1rem; box-shadow: 0 1px 2px rgba(0,0,0,.04); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; }
h2 { font-size: 1.15rem; margin: 0 0 .75rem; }
p { margin: .5rem 0; }
.muted { color: var(--muted); }
table { width: 100%; border-collapse: collapse; }
th, td { padding: .5rem .25rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th.num, td.num { text-align: right; white-space: nowrap; }
tfoot th, tfoot td { border-bottom: none; padding-top: .25rem; padding-bottom: .25rem; }
tfoot tr.total th, tfoot tr.total td { font-weight: 700; font-size: 1.05rem; border-top: 2px solid var(--ink); }
.field { margin-bottom: 1rem; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
.hint { display: block; color: var(--muted); font-size: .9rem; margin: -.15rem 0 .3rem; }
input, textarea { width: 100%; font: inherit; padding: .6rem .7rem; border: 1px solid #9aa0ab; border-radius: 8px; background: #fff; color: var(--ink); }
input:focus, textarea:focus, button:focus, a:focus { outline: 3px solid #f3a6c2; outline-offset: 2px; }
[aria-invalid="true"] { border-color: var(--error); border-width: 2px; }
.error { color: var(--error); font-weight: 600; margin: .25rem 0 0; }
.error-summary { border: 2px solid var(--error); border-radius: 8px; padding: 1rem; margin-bottom: 1rem; }
.error-summary a { color: var(--error); }
button { font: inherit; font-weight: 700; color: #fff; background: var(--accent); border: 0; border-radius: 8px; padding: .75rem 1.25rem; cursor: pointer; }
button:hover { background: var(--accent-dark); }
.address { white-space: pre-line; padding: .75rem 1rem; border-left: 4px solid var(--ok); background: #f1f8f4; }
footer { max-width: 44rem; margin: 0 auto; padding: 0 1rem 2rem; color: var(--muted); font-size: .85rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`

/** Wraps page content in the shared layout. */
export function renderPage(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} · Giftyzet</title>
<style>${STYLES}</style>
</head>
<body>
<header class="brand"><span aria-hidden="true">🎁</span> Giftyzet <span class="badge">Sandbox</span></header>
<main id="main">
${content}
</main>
<footer>Served by the Giftyzet sandbox of medusa-plugin-gifting, for development and tests. No real parcel is sent.</footer>
</body>
</html>`
}

function money(amount: number): string {
  return amount.toFixed(2)
}

function orderSummary(order: StoredOrder): string {
  const rows = order.items
    .map(
      (item) => `<tr>
<td>${escapeHtml(item.name)}</td>
<td class="num">${escapeHtml(item.quantity)}</td>
<td class="num">${money(item.price)}</td>
<td class="num">${money(item.price * item.quantity)}</td>
</tr>`
    )
    .join("\n")
  return `<section class="card" aria-labelledby="summary-title">
<h2 id="summary-title">Your gift</h2>
<p class="muted">Order ${escapeHtml(order.order_number)}, sent by <strong>${escapeHtml(order.sender_name)}</strong></p>
<table>
<caption class="visually-hidden">Items in this gift, with prices</caption>
<thead><tr><th scope="col">Item</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Unit price</th><th scope="col" class="num">Amount</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>
<tr><th scope="row" colspan="3">Subtotal</th><td class="num">${money(order.subtotal)}</td></tr>
<tr><th scope="row" colspan="3">Shipping</th><td class="num">${money(order.shipping)}</td></tr>
<tr><th scope="row" colspan="3">Tax</th><td class="num">${money(order.tax)}</td></tr>
<tr class="total"><th scope="row" colspan="3">Total</th><td class="num">${money(order.total)}</td></tr>
</tfoot>
</table>
</section>`
}

type FieldSpec = {
  name: keyof RecipientFormValues
  label: string
  required: boolean
  type?: "text" | "email" | "tel"
  autocomplete: string
  multiline?: boolean
  hint?: string
}

const FIELDS: FieldSpec[] = [
  { name: "receiver_name", label: "Full name", required: true, type: "text", autocomplete: "name" },
  { name: "receiver_email", label: "Email", required: true, type: "email", autocomplete: "email" },
  {
    name: "receiver_phone",
    label: "Phone",
    required: false,
    type: "tel",
    autocomplete: "tel",
    hint: "Optional. The courier may call if they cannot find you.",
  },
  {
    name: "receiver_address",
    label: "Delivery address",
    required: true,
    autocomplete: "street-address",
    multiline: true,
    hint: "Street, number, postcode, city and country.",
  },
]

function renderField(field: FieldSpec, values: RecipientFormValues, errors: RecipientFormErrors): string {
  const error = errors[field.name]
  const describedBy = [field.hint ? `${field.name}-hint` : "", error ? `${field.name}-error` : ""]
    .filter(Boolean)
    .join(" ")
  const common = [
    `id="${field.name}"`,
    `name="${field.name}"`,
    `autocomplete="${field.autocomplete}"`,
    field.required ? "required" : "",
    error ? `aria-invalid="true"` : "",
    describedBy ? `aria-describedby="${describedBy}"` : "",
  ]
    .filter(Boolean)
    .join(" ")
  const value = escapeHtml(values[field.name])
  const control = field.multiline
    ? // the newline after <textarea> is dropped by HTML parsers, so a value starting with one survives
      `<textarea ${common} rows="4">\n${value}</textarea>`
    : `<input type="${field.type ?? "text"}" ${common} value="${value}">`
  const marker = field.required
    ? ` <span aria-hidden="true">*</span><span class="visually-hidden">(required)</span>`
    : ""
  const hint = field.hint
    ? `<span class="hint" id="${field.name}-hint">${escapeHtml(field.hint)}</span>\n`
    : ""
  return `<div class="field">
<label for="${field.name}">${escapeHtml(field.label)}${marker}</label>
${hint}${control}
${error ? `<p class="error" id="${field.name}-error">${escapeHtml(error)}</p>` : ""}
</div>`
}

function errorSummary(errors: RecipientFormErrors): string {
  const entries = FIELDS.filter((field) => errors[field.name])
  if (entries.length === 0) {
    return ""
  }
  const items = entries
    .map((field) => `<li><a href="#${field.name}">${escapeHtml(errors[field.name])}</a></li>`)
    .join("\n")
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">Please check the form</h2>
<ul>
${items}
</ul>
</div>`
}

/** The page with the order summary and the pre-filled receiver form. */
export function renderRecipientForm(
  order: StoredOrder,
  values: RecipientFormValues,
  errors: RecipientFormErrors = {}
): string {
  const hasErrors = Object.keys(errors).length > 0
  const content = `<h1>${escapeHtml(order.sender_name)} sent you a gift</h1>
<p>Tell us where it should go. Fields marked <span aria-hidden="true">*</span> are required.</p>
${orderSummary(order)}
<section class="card" aria-labelledby="form-title">
<h2 id="form-title">Your delivery details</h2>
${errorSummary(errors)}
<form method="post">
${FIELDS.map((field) => renderField(field, values, errors)).join("\n")}
<button type="submit">Confirm details &amp; accept gift</button>
</form>
</section>
<section class="card" aria-labelledby="reject-title">
<h2 id="reject-title">Don't want this gift?</h2>
<form method="post" action="/gift-receiver/${encodeURIComponent(order.gift_token)}/reject">
<button type="submit">Reject gift</button>
</form>
</section>`
  return renderPage(hasErrors ? "Error: your gift" : "Your gift", content)
}

/** Shown after a successful submission. */
export function renderThankYou(order: StoredOrder): string {
  const content = `<section class="card" aria-labelledby="thanks-title">
<h1 id="thanks-title">Thank you, ${escapeHtml(order.receiver_name)}!</h1>
<p>Your details are saved and your gift from <strong>${escapeHtml(order.sender_name)}</strong> is confirmed. It will be delivered to:</p>
<p class="address">${escapeHtml(order.receiver_address)}</p>
<p class="muted">Order ${escapeHtml(order.order_number)}. We will email ${escapeHtml(order.receiver_email)} if anything changes.</p>
</section>
${orderSummary(order)}`
  return renderPage("Gift confirmed", content)
}

const PROGRESS: Record<string, string> = {
  confirmed: "It is being prepared.",
  dispatched: "It is on its way.",
  delivered: "It has been delivered.",
}

/** Shown when the recipient opens the link again after confirming. */
export function renderAlreadyConfirmed(order: StoredOrder): string {
  const when = order.confirmed_at ? ` on ${escapeHtml(order.confirmed_at.slice(0, 10))}` : ""
  const content = `<section class="card" aria-labelledby="confirmed-title">
<h1 id="confirmed-title">This gift is already confirmed</h1>
<p>The delivery details were submitted${when}. ${escapeHtml(PROGRESS[order.status] ?? "")}</p>
<p class="address">${escapeHtml(order.receiver_address)}</p>
</section>
${orderSummary(order)}`
  return renderPage("Gift already confirmed", content)
}

/** Shown for a cancelled order. */
export function renderCancelled(order: StoredOrder): string {
  const content = `<section class="card" aria-labelledby="cancelled-title">
<h1 id="cancelled-title">This gift is no longer available</h1>
<p>The order ${escapeHtml(order.order_number)} was cancelled. If you think this is a mistake, contact ${escapeHtml(order.sender_name)}.</p>
</section>`
  return renderPage("Gift cancelled", content)
}

/** Shown after the recipient rejected the gift (Giftyzet's "Reject" sets the order `cancelled`). */
export function renderRejected(order: StoredOrder): string {
  const content = `<section class="card" aria-labelledby="rejected-title">
<h1 id="rejected-title">You rejected this gift</h1>
<p>We have told ${escapeHtml(order.sender_name)}. Order ${escapeHtml(order.order_number)} is cancelled.</p>
</section>`
  return renderPage("Gift rejected", content)
}

/** Shown for a token that matches no order. */
export function renderUnknownGift(): string {
  const content = `<section class="card" aria-labelledby="unknown-title">
<h1 id="unknown-title">Gift not found</h1>
<p>This gift link is not valid. Check that you copied the whole link from the message you received.</p>
</section>`
  return renderPage("Gift not found", content)
}
