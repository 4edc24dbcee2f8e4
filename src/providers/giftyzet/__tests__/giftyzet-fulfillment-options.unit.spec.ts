import type { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { GiftyzetFulfillmentService, SEND_AS_GIFT_OPTION_ID } from "../service"

const logger = { warn: () => undefined } as unknown as Logger
const provider = new GiftyzetFulfillmentService({ logger }, { apiKey: "gfty_test_key" })

describe("GiftyzetFulfillmentService: its one option", () => {
  it("offers 'Send as a gift' and validates only that option", async () => {
    expect(await provider.getFulfillmentOptions()).toEqual([
      { id: SEND_AS_GIFT_OPTION_ID, name: "Send as a gift", is_gift: true },
    ])
    expect(await provider.validateOption({ id: SEND_AS_GIFT_OPTION_ID })).toBe(true)
    expect(await provider.validateOption({ id: "manual_fulfillment" })).toBe(false)
    expect(await provider.validateOption({})).toBe(false)
  })

  it("is priced flat by the shipping option: never calculated", async () => {
    expect(await provider.canCalculate()).toBe(false)
    await expect(provider.calculatePrice()).rejects.toThrow(
      new MedusaError(MedusaError.Types.INVALID_DATA, "Send as a gift uses a flat price")
    )
  })
})
