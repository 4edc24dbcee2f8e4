import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loginAsNewAdmin, type AuthHeaders } from "../helpers/admin-auth"

jest.setTimeout(120_000)

const GIFTYZET_KEY = "gfty_live_00112233445566778899aabbccddeeff0011223344556677"
const UGIFTME_KEY = "0b6d7a3e-5c1f-4f7b-9a42-6b3e8f1d2c4a"
const UGIFTME_SECRET = "whsec-status-route-test"

medusaIntegrationTestRunner({
  env: {
    GIFTYZET_BASE_URL: "http://127.0.0.1:4010",
    GIFTYZET_API_KEY: GIFTYZET_KEY,
    UGIFTME_BASE_URL: "http://127.0.0.1:4020",
    UGIFTME_API_KEY: UGIFTME_KEY,
    UGIFTME_WEBHOOK_SECRET: UGIFTME_SECRET,
  },
  testSuite: ({ api, getContainer }) => {
    describe("GET /admin/gifting/status", () => {
      let admin: AuthHeaders

      beforeEach(async () => {
        admin = await loginAsNewAdmin(getContainer(), api)
      })

      it("answers which partners are configured and where they point", async () => {
        const response = await api.get("/admin/gifting/status", admin)

        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          partners: {
            giftyzet: { configured: true, base_url: "http://127.0.0.1:4010", api_key_set: true },
            ugiftme: {
              configured: true,
              base_url: "http://127.0.0.1:4020",
              api_key_set: true,
              webhook_secret_set: true,
            },
          },
          giftyzet_hosted_checkout: null,
        })
      })

      it("never contains key material, not even a prefix", async () => {
        const response = await api.get("/admin/gifting/status", admin)
        const body = JSON.stringify(response.data)

        for (const secret of [GIFTYZET_KEY, UGIFTME_KEY, UGIFTME_SECRET]) {
          expect(body).not.toContain(secret.slice(0, 8))
        }
        expect(body).not.toContain("gfty_")
      })

      it("refuses a caller without admin auth", async () => {
        const response = await api.get("/admin/gifting/status", { validateStatus: () => true })

        expect(response.status).toBe(401)
      })
    })
  },
})
