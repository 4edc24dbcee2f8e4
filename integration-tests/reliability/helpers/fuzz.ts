import { seededRandom } from "../../../scripts/bench/fault-proxy"

/**
 * Seeded generators of hostile input for property-style fuzzing (no
 * dependency: the same seed gives the same cases, so a failure reproduces).
 */
export type Gen = {
  int(max: number): number
  pick<T>(values: readonly T[]): T
  string(): string
  value(depth?: number): unknown
  object(keys?: readonly string[]): Record<string, unknown>
}

const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "\t\n\r",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x41",
  "../../etc/passwd",
  "..%2F..%2Fadmin",
  "%00",
  "%",
  "%E0%A4%A",
  "' OR '1'='1",
  "'; DROP TABLE gift_order; --",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "${process.env.GIFTYZET_API_KEY}",
  "__proto__",
  "constructor",
  "prototype",
  "order_",
  "gift_01",
  "🎁🎁🎁",
  "Ω≈ç√∫",
  "\u202Eevil",
  "a@b",
  "rosa@example.com",
  "+44 20 7946 0958",
  "x".repeat(300),
  "y".repeat(5000),
]

const ALPHABET =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.@+ /%?#&=:;,'\"\\<>{}[]()!*$~|"

export function generator(seed: number): Gen {
  const random = seededRandom(seed)
  const gen: Gen = {
    int: (max) => Math.floor(random() * max),
    pick: (values) => values[Math.floor(random() * values.length)],
    string() {
      const roll = random()
      if (roll < 0.4) return gen.pick(NASTY_STRINGS)
      const length = gen.int(roll < 0.9 ? 40 : 2000)
      let text = ""
      for (let index = 0; index < length; index++) {
        text += random() < 0.9 ? ALPHABET[gen.int(ALPHABET.length)] : String.fromCodePoint(gen.int(0x2ffff))
      }
      return text
    },
    value(depth = 0) {
      const roll = random()
      if (roll < 0.45) return gen.string()
      if (roll < 0.55) return gen.pick([0, -1, 1.5, 2 ** 53, -(2 ** 31), Number.MAX_VALUE])
      if (roll < 0.62) return gen.pick([true, false])
      if (roll < 0.7) return null
      if (depth > 2) return gen.string()
      if (roll < 0.85) return Array.from({ length: gen.int(4) }, () => gen.value(depth + 1))
      return gen.object()
    },
    object(keys) {
      const result: Record<string, unknown> = {}
      const count = gen.int(6)
      for (let index = 0; index < count; index++) {
        const key = keys && random() < 0.8 ? gen.pick(keys) : gen.string().slice(0, 40)
        result[key] = gen.value(1)
      }
      return result
    },
  }
  return gen
}
