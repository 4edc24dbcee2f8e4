import type { RequestContext } from "../context"
import { type SandboxResponse } from "../../common/http"
import { html } from "../http-response"
import {
  renderAlreadyConfirmed,
  renderCancelled,
  renderRecipientForm,
  renderRejected,
  renderThankYou,
  renderUnknownGift,
} from "../recipient-page"
import type { StoredOrder } from "../types"
import { readRecipientForm, validateRecipientForm } from "../validation"

function findOrder(ctx: RequestContext): StoredOrder | undefined {
  const token = ctx.params.token ?? ""
  return token ? ctx.state.findOrderByToken(token) : undefined
}

/** The page a recipient sees when the order can no longer be edited. */
function closedPage(order: StoredOrder, status: number): SandboxResponse | undefined {
  if (order.status === "cancelled") {
    return html(status, renderCancelled(order))
  }
  if (order.status !== "pending") {
    return html(status, renderAlreadyConfirmed(order))
  }
  return undefined
}

/** `GET /gift-receiver/:token` */
export function showRecipientPage(ctx: RequestContext): SandboxResponse {
  const order = findOrder(ctx)
  if (!order) {
    return html(404, renderUnknownGift())
  }
  return (
    closedPage(order, 200) ??
    html(
      200,
      renderRecipientForm(order, {
        receiver_name: order.receiver_name,
        receiver_email: order.receiver_email,
        receiver_phone: order.receiver_phone,
        receiver_address: order.receiver_address,
      })
    )
  )
}

/** `POST /gift-receiver/:token` (urlencoded form, works without JavaScript). */
export function submitRecipientForm(ctx: RequestContext): SandboxResponse {
  const order = findOrder(ctx)
  if (!order) {
    return html(404, renderUnknownGift())
  }
  const closed = closedPage(order, 409)
  if (closed) {
    return closed
  }
  const values = readRecipientForm(ctx.body)
  const errors = validateRecipientForm(values)
  if (Object.keys(errors).length > 0) {
    return html(400, renderRecipientForm(order, values, errors))
  }
  const confirmed = ctx.state.updateOrder(order, {
    ...values,
    status: "confirmed",
    confirmed_at: new Date().toISOString(),
  })
  return html(200, renderThankYou(confirmed))
}

/** `POST /gift-receiver/:token/reject`: the recipient's "Reject gift" (a plain form post); the order becomes `cancelled`. */
export function rejectGift(ctx: RequestContext): SandboxResponse {
  const order = findOrder(ctx)
  if (!order) {
    return html(404, renderUnknownGift())
  }
  const closed = closedPage(order, 409)
  if (closed) {
    return closed
  }
  return html(200, renderRejected(ctx.state.updateOrder(order, { status: "cancelled" })))
}
