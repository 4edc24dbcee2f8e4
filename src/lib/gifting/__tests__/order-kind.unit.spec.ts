import { GiftyzetFulfillmentService } from "../../../providers/giftyzet/service"
import { UgiftmeFulfillmentService } from "../../../providers/ugiftme/service"
import { isGiftProviderId, isVoucherProviderId, shippingProviderKind } from "../order-kind"

describe("shippingProviderKind", () => {
  it("knows the providers by the ids Medusa registers them under", () => {
    expect(isGiftProviderId(`${GiftyzetFulfillmentService.identifier}_giftyzet`)).toBe(true)
    expect(isVoucherProviderId(`${UgiftmeFulfillmentService.identifier}_ugiftme`)).toBe(true)
  })

  it("calls the manual provider's options neither a gift nor vouchers", () => {
    expect(shippingProviderKind("manual_manual")).toBe("other")
    expect(shippingProviderKind(null)).toBe("other")
  })
})
