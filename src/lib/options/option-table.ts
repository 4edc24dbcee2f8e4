import type { z } from "@medusajs/framework/zod"

/**
 * One option: the env var it falls back to, the schema that validates (and
 * normalises) it, its default, and the one line the README's options table
 * shows for it.
 */
export type OptionSpec<T> = {
  env: string
  schema: z.ZodType<T>
  default?: T
  /** The README's "default" cell when no default value says it (e.g. decided at run time). */
  defaultDoc?: string
  doc: string
  /** Never echoed in an error message. */
  secret?: boolean
}

/** Options keyed by their name in the config object. */
export type OptionTable = Record<string, OptionSpec<unknown>>

type ValueOf<S> = S extends OptionSpec<infer T> ? T : never

/** What a store writes in `medusa-config.ts` for a table: every option may be left out. */
export type OptionsInput<T extends OptionTable> = { [K in keyof T]?: ValueOf<T[K]> }

/** A table's options after env lookup, defaults and validation. */
export type ResolvedOptions<T extends OptionTable> = { [K in keyof T]: ValueOf<T[K]> }

/** Declares one option; the default is checked against what the schema yields. */
export function option<T>(spec: Omit<OptionSpec<T>, "default"> & { default?: NoInfer<T> }): OptionSpec<T> {
  return spec
}
