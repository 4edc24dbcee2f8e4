export * from "./vouchers"
