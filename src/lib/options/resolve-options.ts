import { MedusaError } from "@medusajs/framework/utils"
import type { OptionTable, OptionsInput, ResolvedOptions } from "./option-table"

/** Thrown at boot when an option is malformed; names each option and its env var. */
export class GiftingOptionsError extends MedusaError {
  constructor(
    subject: string,
    readonly problems: string[]
  ) {
    super(MedusaError.Types.INVALID_DATA, `${subject}: invalid options:\n  - ${problems.join("\n  - ")}`)
    this.name = "GiftingOptionsError"
  }
}

export type OptionTableResult<T extends OptionTable> =
  { ok: true; values: ResolvedOptions<T> } | { ok: false; problems: string[] }

/** How a problem names an option: `option "giftyzet.baseUrl" (env GIFTYZET_BASE_URL)`. */
export function describeOption(path: string, env: string): string {
  return `option "${path}" (env ${env})`
}

function given(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ""
}

/**
 * Resolves every option of `table`: the value written in the config wins,
 * else its env var, else its default; then its schema validates it. Problems
 * name the option (under `prefix`) and its env var, and never echo a secret.
 */
export function resolveOptionTable<T extends OptionTable>(
  table: T,
  input: OptionsInput<T> | undefined,
  env: NodeJS.ProcessEnv,
  prefix = ""
): OptionTableResult<T> {
  const values: Record<string, unknown> = {}
  const problems: string[] = []
  for (const [key, spec] of Object.entries(table)) {
    const written: unknown = input?.[key]
    const candidate = given(written) ? written : given(env[spec.env]) ? env[spec.env] : spec.default
    const result = spec.schema.safeParse(candidate)
    if (result.success) {
      values[key] = result.data
      continue
    }
    const got = spec.secret ? "" : `, got ${JSON.stringify(candidate)}`
    for (const issue of result.error.issues) {
      problems.push(`${describeOption(prefix + key, spec.env)} ${issue.message}${got}`)
    }
  }
  if (problems.length > 0) return { ok: false, problems }
  // Every key of the table was parsed by its own schema above.
  return { ok: true, values: values as ResolvedOptions<T> }
}

/**
 * The options of one of the plugin's fulfillment providers, validated once at
 * boot (a provider gets only its own options, so it resolves them itself with
 * the plugin's env vars and rules). Throws a `GiftingOptionsError` naming
 * `subject`, each option and its env var.
 */
export function resolveProviderOptions<T extends OptionTable>(
  subject: string,
  table: T,
  input: OptionsInput<T> | undefined,
  env: NodeJS.ProcessEnv
): ResolvedOptions<T> {
  const result = resolveOptionTable(table, input, env)
  if (result.ok) return result.values
  throw new GiftingOptionsError(subject, result.problems)
}
