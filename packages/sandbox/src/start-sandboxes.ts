import { mkdirSync } from "node:fs"
import path from "node:path"
import { startGiftyzetSandbox, type GiftyzetSandbox } from "./giftyzet"
import { startUgiftmeSandbox, type UgiftmeSandbox } from "./ugiftme"
import { STRICT_IDEMPOTENCY, TOLERANT_IDEMPOTENCY } from "./ugiftme/types"
import type { SandboxCliOptions } from "./cli-args"

export type RunningSandboxes = {
  giftyzet: GiftyzetSandbox
  ugiftme: UgiftmeSandbox
  /** What `gifting-sandbox` prints: URLs and keys, one JSON object. */
  describe(): {
    giftyzet: { url: string; api_keys: string[]; admin_secret: string }
    ugiftme: { url: string; api_base: string; api_keys: string[] }
  }
  close(): Promise<void>
}

/** Starts both partner sandboxes; used by the CLI, the demo and the benchmarks. */
export async function startSandboxes(options: Partial<SandboxCliOptions> = {}): Promise<RunningSandboxes> {
  const host = options.host ?? "127.0.0.1"
  // `--state-dir` may name a folder that does not exist yet.
  if (options.stateDir) mkdirSync(options.stateDir, { recursive: true })
  const state = (name: string) => (options.stateDir ? path.join(options.stateDir, `${name}.json`) : undefined)
  const giftyzet = await startGiftyzetSandbox({
    host,
    port: options.giftyzetPort ?? 0,
    apiKeys: options.giftyzetKeys,
    generation: options.giftyzetGeneration,
    persistFile: state("giftyzet"),
  })
  let ugiftme: UgiftmeSandbox
  try {
    ugiftme = await startUgiftmeSandbox({
      host,
      port: options.ugiftmePort ?? 0,
      apiKeys: options.ugiftmeKeys,
      asyncOrders: options.ugiftmeAsync,
      idempotency: {
        ...(options.ugiftmeIdempotency === "strict" ? STRICT_IDEMPOTENCY : TOLERANT_IDEMPOTENCY),
        keyTtlSeconds: options.ugiftmeKeyTtlSeconds ?? 0,
      },
      persistFile: state("ugiftme"),
    })
  } catch (error) {
    await giftyzet.close()
    throw error
  }
  return {
    giftyzet,
    ugiftme,
    describe: () => ({
      giftyzet: { url: giftyzet.url, api_keys: giftyzet.apiKeys, admin_secret: giftyzet.adminSecret },
      ugiftme: { url: ugiftme.url, api_base: `${ugiftme.url}/api/v1/business`, api_keys: ugiftme.apiKeys },
    }),
    close: async () => {
      await Promise.all([giftyzet.close(), ugiftme.close()])
    },
  }
}
