import { createMedusaContainer } from "@medusajs/framework/utils"
import validateOptionsLoader from "../loaders/validate-options"
import { GiftingOptionsError } from "../options"

describe("validateOptionsLoader", () => {
  it("fails the boot on a plain-http public partner URL, naming the option", async () => {
    const container = createMedusaContainer()
    const boot = validateOptionsLoader({
      container,
      options: { ugiftme: { baseUrl: "http://api.ugift.me", apiKey: "key" } },
    } as unknown as Parameters<typeof validateOptionsLoader>[0])

    await expect(boot).rejects.toBeInstanceOf(GiftingOptionsError)
    await expect(boot).rejects.toThrow(/option "ugiftme\.baseUrl" \(env UGIFTME_BASE_URL\) must use https/)
  })
})
