import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  DEFAULT_GIFTYZET_BASE_URL,
  DEFAULT_GIFTYZET_CURRENCY,
  giftyzetCurrencyCode,
} from "../../modules/gifting/options"

/**
 * Options of the "Send as a gift" fulfillment provider. A provider lives in the
 * fulfillment module's container and gets only its own options, so it has its
 * own Giftyzet settings, read like the plugin's: option first, env var second.
 */
export type GiftyzetProviderOptions = {
  /** Env `GIFTYZET_BASE_URL`. */
  baseUrl?: string
  /** Env `GIFTYZET_API_KEY`. */
  apiKey?: string
  /** Env `GIFTYZET_TIMEOUT_MS`. */
  timeoutMs?: number
  /**
   * The Giftyzet store's currency; carts in another one cannot choose "Send as
   * a gift". Env `GIFTYZET_CURRENCY`. Default "eur", like the plugin option.
   */
  currency?: string
}

const schema = z.object({
  baseUrl: z.url({ protocol: /^https?$/, message: "must be an absolute http(s) URL" }),
  apiKey: z.string().trim().min(1).optional(),
  timeoutMs: z.coerce.number().int().min(100).max(120_000),
  currency: giftyzetCurrencyCode,
})

export type ResolvedGiftyzetProviderOptions = z.infer<typeof schema>

const ENV = {
  baseUrl: "GIFTYZET_BASE_URL",
  apiKey: "GIFTYZET_API_KEY",
  timeoutMs: "GIFTYZET_TIMEOUT_MS",
  currency: "GIFTYZET_CURRENCY",
} as const

function pick<T>(value: T | undefined, env: NodeJS.ProcessEnv, name: string): T | string | undefined {
  if (value !== undefined && value !== null && value !== "") return value
  const fromEnv = env[name]
  return fromEnv === "" ? undefined : fromEnv
}

/** Validates the provider options once, at boot; the message names the option and its env var. */
export function resolveGiftyzetProviderOptions(
  options: GiftyzetProviderOptions | undefined,
  env: NodeJS.ProcessEnv = process.env
): ResolvedGiftyzetProviderOptions {
  const candidate = {
    baseUrl: pick(options?.baseUrl, env, ENV.baseUrl) ?? DEFAULT_GIFTYZET_BASE_URL,
    apiKey: pick(options?.apiKey, env, ENV.apiKey),
    timeoutMs: pick(options?.timeoutMs, env, ENV.timeoutMs) ?? 10_000,
    currency: pick(options?.currency, env, ENV.currency) ?? DEFAULT_GIFTYZET_CURRENCY,
  }
  const result = schema.safeParse(candidate)
  if (result.success) {
    return { ...result.data, baseUrl: result.data.baseUrl.replace(/\/+$/, "") }
  }
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0]) as keyof typeof ENV
    return `option "${key}" (env ${ENV[key]}) ${issue.message}`
  })
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `giftyzet fulfillment provider: invalid options: ${problems.join("; ")}`
  )
}
