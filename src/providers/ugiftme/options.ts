import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * Options of the "Digital voucher by email" fulfillment provider. The provider
 * never calls UGiftMe itself (the plugin's workflow buys the vouchers, see
 * `service.ts`), so it has no partner settings: only how the option is named
 * at checkout.
 */
export type UgiftmeProviderOptions = {
  /** Name of the fulfillment option. Env `UGIFTME_OPTION_NAME`. Default "Digital voucher by email". */
  optionName?: string
}

export const DEFAULT_VOUCHER_OPTION_NAME = "Digital voucher by email"

const schema = z.object({
  optionName: z
    .string({ message: "must be a string" })
    .trim()
    .min(1, { message: "must not be empty" })
    .max(100, { message: "must be at most 100 characters" }),
})

export type ResolvedUgiftmeProviderOptions = z.infer<typeof schema>

const ENV = { optionName: "UGIFTME_OPTION_NAME" } as const

/** Validates the provider options once, at boot; the message names the option and its env var. */
export function resolveUgiftmeProviderOptions(
  options: UgiftmeProviderOptions | undefined,
  env: NodeJS.ProcessEnv = process.env
): ResolvedUgiftmeProviderOptions {
  const given = options?.optionName
  const fromEnv = env[ENV.optionName]
  const candidate = {
    optionName: given ?? (fromEnv === undefined || fromEnv === "" ? DEFAULT_VOUCHER_OPTION_NAME : fromEnv),
  }
  const result = schema.safeParse(candidate)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0]) as keyof typeof ENV
    return `option "${key}" (env ${ENV[key]}) ${issue.message}`
  })
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `ugiftme fulfillment provider: invalid options: ${problems.join("; ")}`
  )
}
