import type { AxiosError, AxiosInstance, AxiosResponse } from "axios"

/**
 * Recognisable secret values ("canaries") the reliability suite configures,
 * and the scan for them in captured output. A leak is any occurrence of a
 * canary, or of a long enough piece of one, in a response body or a log line.
 */
export const CANARY = {
  giftyzetApiKey: `gfty_live_${"c4"}NARYgiftyzetKEY${"7e".repeat(12)}`,
  ugiftmeApiKey: "ca4a2e11-0000-4ca7-8a11-5ec2e7c4a4a2",
  ugiftmeWebhookSecret: "whsec_CANARY_webhook_secret_5f3a9c1e",
  jwtSecret: "jwt-CANARY-secret-91b7",
  cookieSecret: "cookie-CANARY-secret-4d2e",
} as const

/** A secret to look for: one of the canaries, or a value only known at run time (a voucher code). */
export type Secret = { name: string; value: string }

export type Leak = { secret: string; where: string; excerpt: string }

function canaries(): Secret[] {
  return (Object.keys(CANARY) as (keyof typeof CANARY)[]).map((name) => ({ name, value: CANARY[name] }))
}

/** The whole value and its ends: a log line printing "…last 12 characters" still leaks. */
function needles(secrets: Secret[]): { secret: string; needle: string }[] {
  return secrets.flatMap(({ name, value }) =>
    value.length <= 16
      ? [{ secret: name, needle: value }]
      : [
          { secret: name, needle: value },
          { secret: name, needle: value.slice(-12) },
          { secret: name, needle: value.slice(0, 16) },
        ]
  )
}

/** Every occurrence of a canary (and of `extra` secrets) in `text`; `where` names the source. */
export function findLeaks(text: string, where: string, extra: Secret[] = []): Leak[] {
  const leaks: Leak[] = []
  for (const { secret, needle } of needles([...canaries(), ...extra])) {
    let index = text.indexOf(needle)
    while (index !== -1) {
      leaks.push({ secret, where, excerpt: text.slice(Math.max(0, index - 40), index + needle.length + 40) })
      index = text.indexOf(needle, index + needle.length)
    }
  }
  return leaks
}

/** Collected texts (response bodies, log lines) to scan at the end of a test file. */
export class LeakScanner {
  private readonly texts: { where: string; text: string }[] = []

  add(where: string, text: unknown): void {
    this.texts.push({ where, text: typeof text === "string" ? text : (JSON.stringify(text) ?? "") })
  }

  get count(): number {
    return this.texts.length
  }

  leaks(extra: Secret[] = []): Leak[] {
    return this.texts.flatMap(({ where, text }) => findLeaks(text, where, extra))
  }
}

function describe(value: unknown): string {
  if (typeof value === "string") return value
  if (value instanceof Error) return `${value.stack ?? value.message} ${JSON.stringify(value)}`
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * Records everything written to stdout, stderr and the console (Medusa's
 * logger writes through them) until `stop()`; output still reaches the terminal.
 */
export function captureOutput(scanner: LeakScanner): { stop(): void } {
  const restore: (() => void)[] = []
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream)
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      scanner.add("process output", String(chunk))
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest)
    }) as typeof stream.write
    restore.push(() => {
      stream.write = original
    })
  }
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method]
    console[method] = (...args: unknown[]) => {
      scanner.add(`console.${method}`, args.map(describe).join(" "))
      original.apply(console, args)
    }
    restore.push(() => {
      console[method] = original
    })
  }
  return { stop: () => restore.forEach((undo) => undo()) }
}

/** Adds every answer body of an axios client (success or error) to the scanner. */
export function scanResponses(api: AxiosInstance, scanner: LeakScanner): void {
  api.interceptors.response.use(
    (response: AxiosResponse) => {
      scanner.add(`${response.config.method} ${response.config.url}`, response.data)
      return response
    },
    (error: AxiosError) => {
      scanner.add(`${error.config?.method} ${error.config?.url}`, error.response?.data)
      throw error
    }
  )
}
