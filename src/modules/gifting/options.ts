import { GIFTING_OPTION_SPECS } from "../../lib/options/gifting-option-specs"
import type { OptionsInput, ResolvedOptions } from "../../lib/options/option-table"
import { describeOption, GiftingOptionsError, resolveOptionTable } from "../../lib/options/resolve-options"

export { GiftingOptionsError }

type Groups = typeof GIFTING_OPTION_SPECS

/**
 * The options a store passes to the plugin in `medusa-config.ts`:
 *
 * ```ts
 * plugins: [{ resolve: "medusa-plugin-gifting", options: { giftyzet: { apiKey: "…" } } }]
 * ```
 *
 * Every option can also come from its env var; an option written in the config
 * wins over the variable. A partner without an API key is "not configured":
 * the plugin boots and reports it, it does not crash. Each option, its env var
 * and default: `GIFTING_OPTION_SPECS` and the README's options table.
 */
export type GiftingPluginOptions = { [G in keyof Groups]?: OptionsInput<Groups[G]> }

export type ResolvedGiftingOptions = { [G in keyof Groups]: ResolvedOptions<Groups[G]> }

/** Rules across options of one group, checked once each of them is valid. */
function crossOptionProblems(options: ResolvedGiftingOptions): string[] {
  const { claimWindowDays, reminderDays } = options.giftyzet
  if (reminderDays.some((day) => day >= claimWindowDays)) {
    const { env } = GIFTING_OPTION_SPECS.giftyzet.reminderDays
    return [
      `${describeOption("giftyzet.reminderDays", env)} must all be fewer days than the claim window (${claimWindowDays}), got ${JSON.stringify(reminderDays)}`,
    ]
  }
  return []
}

/**
 * Merges plugin options with env vars, applies defaults and validates the
 * result once. Secrets are never echoed in the error messages.
 */
export function resolveGiftingOptions(
  raw: GiftingPluginOptions | undefined,
  env: NodeJS.ProcessEnv = process.env
): ResolvedGiftingOptions {
  const giftyzet = resolveOptionTable(GIFTING_OPTION_SPECS.giftyzet, raw?.giftyzet, env, "giftyzet.")
  const ugiftme = resolveOptionTable(GIFTING_OPTION_SPECS.ugiftme, raw?.ugiftme, env, "ugiftme.")
  const notifications = resolveOptionTable(
    GIFTING_OPTION_SPECS.notifications,
    raw?.notifications,
    env,
    "notifications."
  )
  const jobs = resolveOptionTable(GIFTING_OPTION_SPECS.jobs, raw?.jobs, env, "jobs.")
  if (giftyzet.ok && ugiftme.ok && notifications.ok && jobs.ok) {
    const options = {
      giftyzet: giftyzet.values,
      ugiftme: ugiftme.values,
      notifications: notifications.values,
      jobs: jobs.values,
    }
    const problems = crossOptionProblems(options)
    if (problems.length === 0) return options
    throw new GiftingOptionsError("medusa-plugin-gifting", problems)
  }
  const problems = [giftyzet, ugiftme, notifications, jobs].flatMap((group) =>
    group.ok ? [] : group.problems
  )
  throw new GiftingOptionsError("medusa-plugin-gifting", problems)
}
