import { GIFTYZET_GENERATIONS, isGiftyzetGeneration } from "./giftyzet/generation"
import type { GiftyzetGeneration } from "./giftyzet/types"

/** Flags of `gifting-sandbox`, parsed without dependencies. */
export type SandboxCliOptions = {
  host: string
  giftyzetPort: number
  giftyzetKeys: string[]
  giftyzetGeneration: GiftyzetGeneration
  ugiftmePort: number
  ugiftmeKeys: string[]
  ugiftmeAsync: boolean
  /** "strict": stored failures replayed and 409 while a key is in flight. */
  ugiftmeIdempotency: "tolerant" | "strict"
  /** Seconds after which the UGiftMe sandbox forgets an idempotency key (0 = never). */
  ugiftmeKeyTtlSeconds: number
  stateDir?: string
  help: boolean
}

export const SANDBOX_USAGE = `Usage: gifting-sandbox [options]

Starts the Giftyzet and UGiftMe sandbox servers on loopback and prints one JSON
line with their URLs and keys when both are ready.

  --giftyzet-port <n>        port of the Giftyzet sandbox (default 4010, 0 = any free port)
  --giftyzet-key <key>       an integration with this API key exists from the start (repeatable);
                             without it a key is generated and printed
  --giftyzet-generation <g>  "documented" (default), "newer" (create answers 410: orders come from
                             Giftyzet's hosted checkout) or "newer-with-create" (the newer API with
                             create still open, a hybrid for tests)
  --ugiftme-port <n>         port of the UGiftMe sandbox (default 4020, 0 = any free port)
  --ugiftme-key <key>        an account with this API key and a funded wallet exists from the start (repeatable)
  --ugiftme-async            answer order creation with 202 and process asynchronously
  --ugiftme-idempotency <m>  "tolerant" (default) or "strict": replay stored 4xx answers for a reused
                             key, and answer 409 while a request with the same key is in flight
  --ugiftme-key-ttl <s>      forget an idempotency key s seconds after its first answer (default 0 = never)
  --host <host>              interface to listen on (default 127.0.0.1)
  --state-dir <dir>          keep each sandbox's state in a JSON file in this folder
  -h, --help                 show this help
`

function port(flag: string, value: string | undefined): number {
  const parsed = Number(value)
  if (value === undefined || !Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`${flag} needs a port number between 0 and 65535, got ${JSON.stringify(value)}`)
  }
  return parsed
}

function text(flag: string, value: string | undefined): string {
  if (value === undefined || value.startsWith("--") || value.trim() === "") {
    throw new Error(`${flag} needs a value`)
  }
  return value
}

export function parseSandboxArgs(argv: string[]): SandboxCliOptions {
  const options: SandboxCliOptions = {
    host: "127.0.0.1",
    giftyzetPort: 4010,
    giftyzetKeys: [],
    giftyzetGeneration: "documented",
    ugiftmePort: 4020,
    ugiftmeKeys: [],
    ugiftmeAsync: false,
    ugiftmeIdempotency: "tolerant",
    ugiftmeKeyTtlSeconds: 0,
    help: false,
  }
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    const next = () => argv[++index]
    switch (flag) {
      case "--giftyzet-port":
        options.giftyzetPort = port(flag, next())
        break
      case "--giftyzet-key":
        options.giftyzetKeys.push(text(flag, next()))
        break
      case "--giftyzet-generation": {
        const value = text(flag, next())
        if (!isGiftyzetGeneration(value)) {
          const allowed = GIFTYZET_GENERATIONS.map((g) => `"${g}"`).join(", ")
          throw new Error(`${flag} is one of ${allowed}, got ${JSON.stringify(value)}`)
        }
        options.giftyzetGeneration = value
        break
      }
      case "--ugiftme-port":
        options.ugiftmePort = port(flag, next())
        break
      case "--ugiftme-key":
        options.ugiftmeKeys.push(text(flag, next()))
        break
      case "--ugiftme-async":
        options.ugiftmeAsync = true
        break
      case "--ugiftme-idempotency": {
        const value = text(flag, next())
        if (value !== "tolerant" && value !== "strict") {
          throw new Error(`${flag} is "tolerant" or "strict", got ${JSON.stringify(value)}`)
        }
        options.ugiftmeIdempotency = value
        break
      }
      case "--ugiftme-key-ttl": {
        const value = Number(text(flag, next()))
        if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number of seconds`)
        options.ugiftmeKeyTtlSeconds = value
        break
      }
      case "--host":
        options.host = text(flag, next())
        break
      case "--state-dir":
        options.stateDir = text(flag, next())
        break
      case "-h":
      case "--help":
        options.help = true
        break
      default:
        throw new Error(`unknown option ${JSON.stringify(flag)}`)
    }
  }
  return options
}
