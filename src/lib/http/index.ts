export * from "./backoff"
export * from "./fetch-with-timeout"
export * from "./https-only"
export * from "./partner-error"
