/** Entry of `medusa-plugin-gifting/storefront` (see `src/storefront/index.ts`). */
export * from "./storefront/index"
