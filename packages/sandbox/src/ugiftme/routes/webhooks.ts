import { callbackUrlProblem } from "../../common/local-url"
import { isPlainObject } from "../../common/http"
import { newWebhookSecret, objectId } from "../ids"
import type { HandlerResult, WebhookSubscription } from "../types"
import { WEBHOOK_EVENTS, isWebhookEvent } from "../webhook-dispatcher"
import type { ApiContext, ApiRoute } from "./route-types"
import { fail, ok } from "./route-types"

const FORBIDDEN = fail(403, "You are forbidden from accessing this resource")
const NOT_FOUND = fail(404, "Webhook not found")

/** Listing shape: everything but the secret. */
function subscriptionView(s: WebhookSubscription): Record<string, unknown> {
  return {
    _id: s._id,
    url: s.url,
    events: [...s.events],
    description: s.description,
    isActive: s.isActive,
    lastUsed: s.lastUsed,
    deliveryStats: { ...s.deliveryStats },
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  }
}

/**
 * UGiftMe delivers only to HTTPS URLs (its guide). The sandbox also accepts
 * plain HTTP to loopback and private hosts so subscribers on this machine
 * (tests, local stores) can receive deliveries; public `http:` is a 400.
 */
function urlProblem(url: unknown): HandlerResult | undefined {
  const problem = typeof url === "string" ? callbackUrlProblem(url) : "must be an absolute https URL"
  return problem ? fail(400, "Invalid webhook URL", { message: `url ${problem}` }) : undefined
}

function eventsProblem(events: unknown): HandlerResult | undefined {
  if (!Array.isArray(events) || events.length === 0) {
    return fail(400, "Invalid events", {
      message: "events must be a non-empty array",
      validEvents: [...WEBHOOK_EVENTS],
    })
  }
  const unknown = events.filter((e) => !isWebhookEvent(e))
  if (unknown.length > 0) {
    return fail(400, "Invalid events", {
      message: `Unknown event types: ${unknown.map((e) => String(e)).join(", ")}`,
      validEvents: [...WEBHOOK_EVENTS],
    })
  }
  return undefined
}

function descriptionProblem(description: unknown): HandlerResult | undefined {
  if (description === undefined || description === null) return undefined
  if (typeof description === "string" && description.length <= 500) return undefined
  return fail(400, "Invalid description", {
    message: "description must be a string of at most 500 characters",
  })
}

/** Finds a subscription for the caller: 404 unknown (or malformed id), 403 another account's. */
function ownSubscription(ctx: ApiContext, id: unknown): WebhookSubscription | HandlerResult {
  const found = typeof id === "string" ? ctx.core.state.webhooks.find((w) => w._id === id) : undefined
  if (!found) return NOT_FOUND
  if (found.userId !== ctx.account.userId) return FORBIDDEN
  return found
}

function isResult(value: WebhookSubscription | HandlerResult): value is HandlerResult {
  return "status" in value && "body" in value
}

/** Webhook subscription management (`/webhooks`). */
export const webhookRoutes: ApiRoute[] = [
  {
    method: "POST",
    path: "/webhooks",
    limiter: "webhooks",
    handler: (ctx) => {
      const body = isPlainObject(ctx.body) ? ctx.body : {}
      if (body.url === undefined || body.events === undefined) {
        return fail(400, "Some required fields are missing", {
          message: "url and events are required",
          validEvents: [...WEBHOOK_EVENTS],
        })
      }
      const problem =
        urlProblem(body.url) ?? eventsProblem(body.events) ?? descriptionProblem(body.description)
      if (problem) return problem
      const stamp = ctx.core.now().toISOString()
      const subscription: WebhookSubscription = {
        _id: objectId(),
        userId: ctx.account.userId,
        url: body.url as string,
        events: [...new Set(body.events as string[])],
        description: typeof body.description === "string" ? body.description : null,
        secret: newWebhookSecret(),
        isActive: true,
        lastUsed: null,
        deliveryStats: { success: 0, failed: 0 },
        createdAt: stamp,
        updatedAt: stamp,
      }
      ctx.core.state.webhooks.push(subscription)
      ctx.core.persist()
      // The only answer that ever carries the secret.
      return ok(
        {
          id: subscription._id,
          url: subscription.url,
          events: subscription.events,
          secret: subscription.secret,
        },
        201
      )
    },
  },
  {
    method: "GET",
    path: "/webhooks",
    limiter: "webhooks",
    handler: (ctx) =>
      ok({
        webhooks: ctx.core.state.webhooks
          .filter((w) => w.userId === ctx.account.userId)
          .map(subscriptionView),
      }),
  },
  {
    method: "POST",
    path: "/webhooks/test",
    limiter: "webhooks",
    handler: async (ctx) => {
      const webhookId = isPlainObject(ctx.body) ? ctx.body.webhookId : undefined
      if (typeof webhookId !== "string" || webhookId === "") {
        return fail(400, "Some required fields are missing", { message: "webhookId is required" })
      }
      const found = ownSubscription(ctx, webhookId)
      if (isResult(found)) return found
      const payload = {
        type: "webhook.test",
        sentAt: ctx.core.now().toISOString(),
        data: { message: "Test delivery from the UGiftMe sandbox", exampleOrderId: objectId() },
      }
      const outcome = await ctx.core.dispatcher.sendTest(found, payload)
      return ok({
        ok: outcome.ok,
        payload,
        statusCode: outcome.statusCode,
        ...(outcome.errorMessage ? { errorMessage: outcome.errorMessage } : {}),
      })
    },
  },
  {
    method: "PATCH",
    path: "/webhooks/:id",
    limiter: "webhooks",
    handler: (ctx) => {
      const found = ownSubscription(ctx, ctx.params.id)
      if (isResult(found)) return found
      const body = isPlainObject(ctx.body) ? ctx.body : {}
      const fields = ["url", "events", "description", "isActive"].filter((f) => body[f] !== undefined)
      if (fields.length === 0) {
        return fail(400, "No fields to update", {
          message: "Provide at least one of: url, events, description, isActive",
        })
      }
      const problem =
        (body.url !== undefined ? urlProblem(body.url) : undefined) ??
        (body.events !== undefined ? eventsProblem(body.events) : undefined) ??
        descriptionProblem(body.description) ??
        (body.isActive !== undefined && typeof body.isActive !== "boolean"
          ? fail(400, "Invalid isActive", { message: "isActive must be a boolean" })
          : undefined)
      if (problem) return problem
      if (typeof body.url === "string") found.url = body.url
      if (Array.isArray(body.events)) found.events = [...new Set(body.events as string[])]
      if (body.description !== undefined)
        found.description = typeof body.description === "string" ? body.description : null
      if (typeof body.isActive === "boolean") found.isActive = body.isActive
      found.updatedAt = ctx.core.now().toISOString()
      ctx.core.persist()
      return ok({ message: "Webhook updated successfully", webhook: subscriptionView(found) })
    },
  },
  {
    method: "DELETE",
    path: "/webhooks/:id",
    limiter: "webhooks",
    handler: (ctx) => {
      const found = ownSubscription(ctx, ctx.params.id)
      if (isResult(found)) return found
      ctx.core.state.webhooks = ctx.core.state.webhooks.filter((w) => w !== found)
      ctx.core.persist()
      return ok({ message: "Webhook deleted successfully" })
    },
  },
]
