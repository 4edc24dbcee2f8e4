export * from "./backoff"
export * from "./fetch-with-timeout"
