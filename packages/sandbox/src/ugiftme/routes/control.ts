import { applyProductChange, parseProductChange } from "../catalog"
import type { AccountSpec } from "../core"
import type { DebitThenFailMode, RequestMatcher } from "../faults"
import { isPlainObject } from "../../common/http"
import { objectId } from "../ids"
import { hasAtMostTwoDecimals, toMinor } from "../money"
import type { Account, HandlerResult, LimiterName, Product, ProfileStatus, SandboxConfig } from "../types"
import { balanceView, walletsOf } from "../wallet"
import type { ControlContext, ControlRoute } from "./route-types"
import { fail, ok } from "./route-types"

/** An error (400-599), or a redirect (301-308) back to the same URL, which a client must not follow. */
function isInjectableStatus(status: number): boolean {
  return (status >= 301 && status <= 308) || (status >= 400 && status <= 599)
}

const PROFILE_STATES: ProfileStatus[] = ["verified", "incomplete", "pending"]
const LIMITERS: LimiterName[] = ["products", "webhooks", "wallet", "orders"]
const DEBIT_THEN_FAIL_MODES: DebitThenFailMode[] = ["error", "drop", "hang"]

function bodyOf(ctx: ControlContext): Record<string, unknown> {
  return isPlainObject(ctx.body) ? ctx.body : {}
}

function bad(message: string): HandlerResult {
  return fail(400, "Invalid sandbox control request", { message })
}

function nonNegativeInt(value: unknown, fallback: number): number | undefined {
  if (value === undefined) return fallback
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined
}

/** The `idempotency` field of `POST /config`: a partial change of the strict readings. */
function idempotencyOf(
  value: unknown,
  current: SandboxConfig["idempotency"]
): SandboxConfig["idempotency"] | string {
  if (!isPlainObject(value)) return "idempotency must be an object"
  const next = { ...current }
  for (const flag of ["replayFailures", "conflictInFlight"] as const) {
    if (value[flag] === undefined) continue
    if (typeof value[flag] !== "boolean") return `idempotency.${flag} must be a boolean`
    next[flag] = value[flag]
  }
  const ttl = nonNegativeInt(value.keyTtlSeconds, current.keyTtlSeconds)
  if (ttl === undefined) return "idempotency.keyTtlSeconds must be a non-negative integer"
  next.keyTtlSeconds = ttl
  return next
}

function matcherOf(body: Record<string, unknown>): RequestMatcher | undefined {
  const { method, path } = body
  if (method !== undefined && typeof method !== "string") return undefined
  if (path !== undefined && typeof path !== "string") return undefined
  return { ...(method ? { method } : {}), ...(path ? { path } : {}) }
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined
}

function accountSummary(ctx: ControlContext, account: Account): Record<string, unknown> {
  return {
    apiKey: account.apiKey,
    userId: account.userId,
    name: account.name,
    profileStatus: account.profileStatus,
    missingFields: account.missingFields,
    ipAllowList: account.ipAllowList,
    revoked: account.revokedReason !== null,
    wallets: walletsOf(ctx.core.state, account.userId).map(balanceView),
  }
}

function accountSpecOf(body: Record<string, unknown>): AccountSpec | string {
  const spec: AccountSpec = {}
  for (const field of ["apiKey", "name", "email"] as const) {
    const value = body[field]
    if (value === undefined) continue
    if (typeof value !== "string" || value.trim() === "") return `${field} must be a non-empty string`
    spec[field] = value
  }
  if (body.profileStatus !== undefined) {
    if (!PROFILE_STATES.includes(body.profileStatus as ProfileStatus))
      return `profileStatus must be one of ${PROFILE_STATES.join(", ")}`
    spec.profileStatus = body.profileStatus as ProfileStatus
  }
  for (const field of ["missingFields", "ipAllowList"] as const) {
    if (body[field] === undefined) continue
    const list = stringList(body[field])
    if (!list) return `${field} must be an array of strings`
    spec[field] = list
  }
  if (body.wallets !== undefined) {
    const wallets = body.wallets
    if (
      !isPlainObject(wallets) ||
      !Object.values(wallets).every((v) => typeof v === "number" && v >= 0 && hasAtMostTwoDecimals(v))
    ) {
      return "wallets must map currency codes to non-negative amounts"
    }
    spec.wallets = wallets as Record<string, number>
  }
  return spec
}

/** Control endpoints under `/__sandbox/ugiftme` (no API key). */
export const controlRoutes: ControlRoute[] = [
  {
    method: "GET",
    path: "/state",
    handler: (ctx) =>
      ok({
        config: ctx.core.config,
        rateLimits: ctx.core.limiter.getRules(),
        faults: ctx.core.faults.snapshot(),
        accounts: ctx.core.state.accounts.map((a) => accountSummary(ctx, a)),
        totals: {
          products: ctx.core.state.products.length,
          orders: ctx.core.state.orders.length,
          orderRequests: ctx.core.state.orderRequests.length,
          webhooks: ctx.core.state.webhooks.length,
        },
      }),
  },
  {
    method: "POST",
    path: "/accounts",
    handler: (ctx) => {
      const spec = accountSpecOf(bodyOf(ctx))
      if (typeof spec === "string") return bad(spec)
      if (spec.apiKey && ctx.core.accountByKey(spec.apiKey))
        return bad("an account with this apiKey already exists")
      return ok(accountSummary(ctx, ctx.core.createAccount(spec)), 201)
    },
  },
  {
    method: "PATCH",
    path: "/accounts/:apiKey",
    handler: (ctx) => {
      const account = ctx.core.accountByKey(ctx.params.apiKey)
      if (!account) return fail(404, "Account not found")
      const body = bodyOf(ctx)
      const spec = accountSpecOf({ ...body, apiKey: undefined, wallets: undefined })
      if (typeof spec === "string") return bad(spec)
      if (
        body.revoked !== undefined &&
        typeof body.revoked !== "boolean" &&
        typeof body.revoked !== "string"
      ) {
        return bad("revoked must be a boolean or a reason string")
      }
      if (spec.name) account.name = spec.name
      if (spec.email) account.email = spec.email
      if (spec.profileStatus) {
        account.profileStatus = spec.profileStatus
        account.missingFields =
          spec.missingFields ??
          (spec.profileStatus === "incomplete" ? ["businessPhoneNumber", "registrationNumber"] : [])
      } else if (spec.missingFields) {
        account.missingFields = spec.missingFields
      }
      if (spec.ipAllowList) account.ipAllowList = spec.ipAllowList
      if (body.revoked === true) account.revokedReason = "Key has been revoked"
      else if (typeof body.revoked === "string") account.revokedReason = body.revoked
      else if (body.revoked === false) account.revokedReason = null
      ctx.core.persist()
      return ok(accountSummary(ctx, account))
    },
  },
  {
    method: "POST",
    path: "/wallets/fund",
    handler: (ctx) => {
      const { apiKey, currency, amount } = bodyOf(ctx)
      const account = typeof apiKey === "string" ? ctx.core.accountByKey(apiKey) : undefined
      if (!account) return fail(404, "Account not found")
      if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency))
        return bad("currency must be a 3-letter upper-case code")
      if (typeof amount !== "number" || amount <= 0 || !hasAtMostTwoDecimals(amount)) {
        return bad("amount must be a positive amount with at most two decimals")
      }
      return ok(balanceView(ctx.core.fundWallet(account, currency, toMinor(amount))))
    },
  },
  {
    method: "POST",
    path: "/config",
    handler: (ctx) => {
      const body = bodyOf(ctx)
      const config = { ...ctx.core.config }
      if (body.asyncOrders !== undefined) {
        if (typeof body.asyncOrders !== "boolean") return bad("asyncOrders must be a boolean")
        config.asyncOrders = body.asyncOrders
      }
      for (const field of [
        "processingDelayMs",
        "webhookReceiverTimeoutMs",
        "webhookTestTimeoutMs",
        "orderLatencyMs",
      ] as const) {
        if (body[field] === undefined) continue
        const value = nonNegativeInt(body[field], 0)
        if (value === undefined) return bad(`${field} must be a non-negative integer`)
        config[field] = value
      }
      if (body.webhookTimeScale !== undefined) {
        if (typeof body.webhookTimeScale !== "number" || !(body.webhookTimeScale >= 0))
          return bad("webhookTimeScale must be a non-negative number")
        config.webhookTimeScale = body.webhookTimeScale
      }
      if (body.idempotency !== undefined) {
        const idempotency = idempotencyOf(body.idempotency, config.idempotency)
        if (typeof idempotency === "string") return bad(idempotency)
        config.idempotency = idempotency
      }
      ctx.core.config = config
      return ok(config)
    },
  },
  {
    method: "POST",
    path: "/rate-limits",
    handler: (ctx) => {
      const body = bodyOf(ctx)
      for (const [name, rule] of Object.entries(body)) {
        if (!LIMITERS.includes(name as LimiterName))
          return bad(`unknown limiter ${name}; use ${LIMITERS.join(", ")}`)
        if (!isPlainObject(rule)) return bad(`${name} must be { limit, windowMs }`)
        const limit = nonNegativeInt(rule.limit, -1)
        const windowMs = nonNegativeInt(rule.windowMs, -1)
        if (limit === undefined || limit < 0 || windowMs === undefined || windowMs < 1) {
          return bad(`${name} needs an integer limit >= 0 and windowMs >= 1`)
        }
      }
      for (const [name, rule] of Object.entries(body)) {
        const { limit, windowMs } = rule as { limit: number; windowMs: number }
        ctx.core.limiter.setRule(name as LimiterName, { limit, windowMs })
      }
      return ok(ctx.core.limiter.getRules())
    },
  },
  { method: "GET", path: "/faults", handler: (ctx) => ok(ctx.core.faults.snapshot()) },
  {
    method: "DELETE",
    path: "/faults",
    handler: (ctx) => {
      ctx.core.faults.clear()
      return ok(ctx.core.faults.snapshot())
    },
  },
  {
    method: "POST",
    path: "/faults/errors",
    handler: (ctx) => {
      const body = bodyOf(ctx)
      const count = nonNegativeInt(body.count, 1)
      const status = nonNegativeInt(body.status, 500)
      const matcher = matcherOf(body)
      if (count === undefined || status === undefined || !isInjectableStatus(status) || !matcher) {
        return bad(
          "expected { count?: integer, status?: 301-308 or 400-599, method?: string, path?: string }"
        )
      }
      ctx.core.faults.addErrors(count, status, matcher)
      return ok(ctx.core.faults.snapshot())
    },
  },
  {
    method: "POST",
    path: "/faults/hang",
    handler: (ctx) => {
      const body = bodyOf(ctx)
      const count = nonNegativeInt(body.count, 1)
      const matcher = matcherOf(body)
      if (count === undefined || !matcher)
        return bad("expected { count?: integer, method?: string, path?: string }")
      ctx.core.faults.addHangs(count, matcher)
      return ok(ctx.core.faults.snapshot())
    },
  },
  {
    method: "POST",
    path: "/faults/latency",
    handler: (ctx) => {
      const body = bodyOf(ctx)
      const ms = nonNegativeInt(body.ms, 0)
      const matcher = matcherOf(body)
      if (ms === undefined || !matcher) return bad("expected { ms: integer, method?: string, path?: string }")
      ctx.core.faults.setLatency(ms, matcher)
      return ok(ctx.core.faults.snapshot())
    },
  },
  {
    method: "POST",
    path: "/faults/fail-orders",
    handler: (ctx) => {
      const body = bodyOf(ctx)
      const count = nonNegativeInt(body.count, 1)
      const status = nonNegativeInt(body.status, 500)
      const reason = body.reason === undefined ? "Order processing failed at the supplier" : body.reason
      if (
        count === undefined ||
        status === undefined ||
        status < 400 ||
        status > 599 ||
        typeof reason !== "string"
      ) {
        return bad("expected { count?: integer, reason?: string, status?: 400-599 }")
      }
      ctx.core.faults.failNextOrders(count, reason, status)
      return ok(ctx.core.faults.snapshot())
    },
  },
  {
    method: "POST",
    path: "/faults/debit-then-fail",
    handler: (ctx) => {
      const body = bodyOf(ctx)
      const count = nonNegativeInt(body.count, 1)
      const mode = body.mode === undefined ? "error" : body.mode
      if (count === undefined || !DEBIT_THEN_FAIL_MODES.includes(mode as DebitThenFailMode)) {
        return bad(`expected { count?: integer, mode?: ${DEBIT_THEN_FAIL_MODES.join(" | ")} }`)
      }
      ctx.core.faults.debitThenFail(count, mode as DebitThenFailMode)
      return ok(ctx.core.faults.snapshot())
    },
  },
  {
    method: "POST",
    path: "/faults/lose-answers",
    handler: (ctx) => {
      const body = bodyOf(ctx)
      const count = nonNegativeInt(body.count, 1)
      const mode = body.mode === undefined ? "drop" : body.mode
      const matcher = matcherOf(body)
      if (count === undefined || !matcher || !DEBIT_THEN_FAIL_MODES.includes(mode as DebitThenFailMode)) {
        return bad(
          `expected { count?: integer, mode?: ${DEBIT_THEN_FAIL_MODES.join(" | ")}, method?: string, path?: string }`
        )
      }
      ctx.core.faults.loseAnswers(count, mode as DebitThenFailMode, matcher)
      return ok(ctx.core.faults.snapshot())
    },
  },
  { method: "GET", path: "/counters", handler: (ctx) => ok(ctx.core.state.counters) },
  {
    method: "GET",
    path: "/webhook-deliveries",
    handler: (ctx) =>
      ok({
        deliveries: ctx.core.dispatcher.deliveries({
          webhookId: ctx.query.get("webhookId") ?? undefined,
          event: ctx.query.get("event") ?? undefined,
        }),
      }),
  },
  {
    method: "POST",
    path: "/products",
    handler: (ctx) => {
      const body = bodyOf(ctx)
      if (typeof body.productCode !== "string" || !/^[A-Z0-9_]+$/.test(body.productCode)) {
        return bad("productCode must be upper-case letters, digits and underscores")
      }
      if (ctx.core.productByCode(body.productCode))
        return bad("a product with this productCode exists; PATCH it instead")
      const parsed = parseProductChange(body)
      if (!parsed.ok) return bad(parsed.message)
      const required = ["name", "merchant", "currency"] as const
      if (
        required.some((f) => parsed.change[f] === undefined) ||
        (!parsed.change.denominations && parsed.change.minValue === undefined)
      ) {
        return bad("a new product needs name, merchant, currency and denominations or minValue/maxValue")
      }
      const now = ctx.core.now()
      const product: Product = applyProductChange(
        {
          _id: objectId(),
          productCode: body.productCode,
          name: "",
          merchant: "",
          category: "Other",
          countryCode: "GB",
          currency: "GBP",
          imageUrl: `https://cdn.sandbox.ugift.me/products/${body.productCode.toLowerCase()}.png`,
          description: "",
          redemptionUrl: "https://sandbox.ugift.me/redeem",
          denominationType: "fixed",
          isActive: true,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        },
        parsed.change,
        now
      )
      ctx.core.state.products.push(product)
      ctx.core.persist()
      ctx.core.dispatcher.emit(null, "product.updated", { ...product })
      return ok(product, 201)
    },
  },
  {
    method: "PATCH",
    path: "/products/:productCode",
    handler: (ctx) => {
      const index = ctx.core.state.products.findIndex((p) => p.productCode === ctx.params.productCode)
      if (index < 0) return fail(404, "Product not found")
      const parsed = parseProductChange(bodyOf(ctx))
      if (!parsed.ok) return bad(parsed.message)
      const product = applyProductChange(ctx.core.state.products[index], parsed.change, ctx.core.now())
      ctx.core.state.products[index] = product
      ctx.core.persist()
      ctx.core.dispatcher.emit(null, "product.updated", { ...product })
      return ok(product)
    },
  },
  {
    method: "POST",
    path: "/reset",
    handler: (ctx) => {
      ctx.core.reset()
      return ok({ ok: true, apiKeys: ctx.core.apiKeys })
    },
  },
]
