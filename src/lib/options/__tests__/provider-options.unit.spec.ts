import { resolveGiftingOptions } from "../../../modules/gifting/options"
import { resolveGiftyzetProviderOptions } from "../../../providers/giftyzet/options"
import { resolveUgiftmeProviderOptions } from "../../../providers/ugiftme/options"
import { GiftingOptionsError } from "../resolve-options"

const noEnv = {} as NodeJS.ProcessEnv

function problemsOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof GiftingOptionsError) return error.problems
    throw error
  }
  throw new Error("expected the options to be rejected")
}

describe("the providers' options, resolved like the module's", () => {
  it("gives the Giftyzet provider the module's defaults and env vars", () => {
    expect(resolveGiftyzetProviderOptions(undefined, noEnv)).toEqual({
      baseUrl: "https://app.giftyzet.com",
      apiKey: undefined,
      timeoutMs: 10_000,
      currency: "eur",
    })
    const env = {
      GIFTYZET_BASE_URL: "http://127.0.0.1:4010/",
      GIFTYZET_API_KEY: "gfty_live_abc",
      GIFTYZET_TIMEOUT_MS: "2500",
      GIFTYZET_CURRENCY: "GBP",
    } as NodeJS.ProcessEnv
    const module = resolveGiftingOptions(undefined, env).giftyzet

    expect(resolveGiftyzetProviderOptions(undefined, env)).toEqual({
      baseUrl: module.baseUrl,
      apiKey: module.apiKey,
      timeoutMs: module.timeoutMs,
      currency: module.currency,
    })
  })

  it("refuses plain http to a public host for the Giftyzet provider too, naming the option and env var", () => {
    expect(
      problemsOf(() =>
        resolveGiftyzetProviderOptions(undefined, {
          GIFTYZET_BASE_URL: "http://app.giftyzet.com",
        } as NodeJS.ProcessEnv)
      )
    ).toEqual([
      'option "baseUrl" (env GIFTYZET_BASE_URL) must use https (plain http is allowed only for loopback and private hosts), got "http://app.giftyzet.com"',
    ])
  })

  it("never echoes the Giftyzet provider's key", () => {
    const problems = problemsOf(() =>
      resolveGiftyzetProviderOptions({ apiKey: "gfty live with spaces" }, noEnv)
    )

    expect(problems).toEqual(['option "apiKey" (env GIFTYZET_API_KEY) must not contain whitespace'])
  })

  it("names the UGiftMe provider's option from its env var, and prefers the config", () => {
    expect(resolveUgiftmeProviderOptions(undefined, noEnv).optionName).toBe("Digital voucher by email")
    expect(
      resolveUgiftmeProviderOptions(undefined, { UGIFTME_OPTION_NAME: " E-voucher " } as NodeJS.ProcessEnv)
        .optionName
    ).toBe("E-voucher")
    expect(
      resolveUgiftmeProviderOptions({ optionName: "Gift card" }, {
        UGIFTME_OPTION_NAME: "E-voucher",
      } as NodeJS.ProcessEnv).optionName
    ).toBe("Gift card")
  })
})
