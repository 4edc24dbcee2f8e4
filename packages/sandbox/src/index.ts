/**
 * @medusa-plugin-gifting/sandbox: local Giftyzet and UGiftMe partner
 * sandboxes over real HTTP, for developing and testing a store with
 * medusa-plugin-gifting. `startSandboxes` starts both (as the
 * `gifting-sandbox` CLI does); `./giftyzet` and `./ugiftme` start one.
 */
export { startSandboxes } from "./start-sandboxes"
export type { RunningSandboxes } from "./start-sandboxes"
export { runSandboxCli } from "./cli"
