/**
 * Row shapes the plugin reads from `query.graph`. Without the generated
 * `.medusa/types` (a fresh clone, before the app first boots) Query's results
 * are untyped; these keep the callbacks typed either way.
 */
export type ShippingMethodRow = { data?: unknown; shipping_option_id?: string | null } | null | undefined

export type IdRow = { id?: string | null } | null | undefined
