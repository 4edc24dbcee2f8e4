/** `medusa-plugin-gifting/workflows`: every public workflow, the gift ones and the voucher ones. */
export * from "./gift-orders"
export * from "./vouchers"
