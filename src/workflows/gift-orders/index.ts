export * from "./sync-gift-order"
export * from "./refresh-gift-order-status"
export * from "./report-gift-status"
export * from "./notify-gift-recipient"
