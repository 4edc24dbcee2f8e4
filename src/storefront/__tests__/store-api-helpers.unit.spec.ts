import Medusa from "@medusajs/js-sdk"
import { addGiftShippingMethod, GiftRecipientError } from "../add-gift-shipping-method"
import { retrieveGiftShareState } from "../gift-share-state"
import {
  GiftShareTimeoutError,
  pollGiftShareState,
  waitForGiftShareLink,
  type GiftShareStateLoad,
} from "../poll-gift-share-state"
import type { GiftingFetchInit, GiftingSdk } from "../sdk"
import type { GiftShareState } from "../types"
import { FakeStoreApi } from "./support/fake-store-api"

const api = new FakeStoreApi()
let sdk: Medusa

beforeAll(() => api.start())
afterAll(() => api.stop())
beforeEach(() => {
  api.requests.length = 0
  sdk = new Medusa({ baseUrl: api.url, publishableKey: "pk_test" })
})

const LINK = "https://app.giftyzet.com/gift-receiver/abcdefghijklmnopqrstuv"
const giftBody = (gift: Partial<GiftShareState>) => ({
  gift_order: { status: "pending", recipient_link: null, order_number: null, confirmed_at: null, ...gift },
})

describe("addGiftShippingMethod", () => {
  it("adds the shipping method through the JS SDK with the normalised recipient as its data", async () => {
    api.reply({ status: 200, body: { cart: { id: "cart_1", shipping_methods: [{ id: "sm_1" }] } } })

    const { cart } = await addGiftShippingMethod(sdk, {
      cartId: "cart_1",
      optionId: "so_gift",
      recipient: {
        recipient_name: " Rosa ",
        recipient_email: "Rosa@Example.com",
        recipient_phone: "",
        gift_message: "Happy birthday!",
      },
    })

    expect(cart.id).toBe("cart_1")
    expect(api.requests).toHaveLength(1)
    expect(api.requests[0]).toMatchObject({
      method: "POST",
      url: "/store/carts/cart_1/shipping-methods",
      body: {
        option_id: "so_gift",
        data: {
          recipient_name: "Rosa",
          recipient_email: "rosa@example.com",
          gift_message: "Happy birthday!",
        },
      },
    })
    expect(api.requests[0].headers["x-publishable-api-key"]).toBe("pk_test")
  })

  it("refuses invalid recipient data without a request, with a message per field", async () => {
    const error = await addGiftShippingMethod(sdk, {
      cartId: "cart_1",
      optionId: "so_gift",
      recipient: { recipient_name: "", recipient_email: "nope" },
    }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(GiftRecipientError)
    expect((error as GiftRecipientError).message).toBe("recipient_name is required")
    expect((error as GiftRecipientError).errors).toEqual({
      recipient_name: "recipient_name is required",
      recipient_email: "recipient_email must be a valid email address",
    })
    expect(api.requests).toHaveLength(0)
  })
})

describe("retrieveGiftShareState", () => {
  it("reads the gift of an order from the Store API", async () => {
    api.reply({ status: 200, body: giftBody({ recipient_link: LINK, order_number: "PLUG-1-ABCDEFG" }) })

    const state = await retrieveGiftShareState(sdk, "order_01/x", { headers: { "x-extra": "1" } })

    expect(state).toEqual({
      status: "pending",
      recipient_link: LINK,
      order_number: "PLUG-1-ABCDEFG",
      confirmed_at: null,
    })
    expect(api.requests[0]).toMatchObject({ method: "GET", url: "/store/gifting/orders/order_01%2Fx" })
    expect(api.requests[0].headers["x-extra"]).toBe("1")
  })

  it("is null for an order without a gift (404) and throws other failures", async () => {
    api.reply({ status: 404, body: { type: "not_found", message: "This order has no gift" } })
    await expect(retrieveGiftShareState(sdk, "order_1")).resolves.toBeNull()

    api.reply({ status: 401, body: { message: "A valid publishable key is required" } })
    await expect(retrieveGiftShareState(sdk, "order_1")).rejects.toMatchObject({ status: 401 })
  })

  it("asks for an uncached answer and returns a serialisable state (a Date becomes an ISO string)", async () => {
    const when = new Date("2026-01-02T03:04:05.000Z")
    const inits: (GiftingFetchInit | undefined)[] = []
    const stub: GiftingSdk = {
      client: {
        fetch: async <T>(_input: string, init?: GiftingFetchInit) => {
          inits.push(init)
          return giftBody({
            status: "confirmed",
            recipient_link: LINK,
            confirmed_at: when as unknown as string,
          }) as T
        },
      },
      store: sdk.store,
    }

    expect((await retrieveGiftShareState(stub, "order_1"))?.confirmed_at).toBe("2026-01-02T03:04:05.000Z")
    expect(inits).toEqual([{ method: "GET", cache: "no-store" }])
  })
})

describe("waitForGiftShareLink", () => {
  it("reads again until the link exists, through a missing gift and a passing server error", async () => {
    api.reply(
      { status: 404, body: { message: "This order has no gift" } },
      { status: 503, body: { message: "unavailable" } },
      { status: 200, body: giftBody({}) },
      { status: 200, body: giftBody({ recipient_link: LINK }) }
    )
    const seen: (GiftShareState | null)[] = []
    const errors: unknown[] = []

    const state = await waitForGiftShareLink(sdk, "order_1", {
      intervalMs: 5,
      onUpdate: (update) => seen.push(update),
      onError: (error) => errors.push(error),
    })

    expect(state.recipient_link).toBe(LINK)
    expect(api.requests).toHaveLength(4)
    expect(seen.map((update) => update?.recipient_link ?? null)).toEqual([null, null, LINK])
    expect(errors).toEqual([expect.objectContaining({ status: 503 })])
  })

  it("gives up after its timeout with the last state", async () => {
    for (let index = 0; index < 50; index++) api.reply({ status: 200, body: giftBody({}) })

    const error = await waitForGiftShareLink(sdk, "order_1", { intervalMs: 10, timeoutMs: 60 }).catch(
      (caught: unknown) => caught
    )

    expect(error).toBeInstanceOf(GiftShareTimeoutError)
    expect((error as GiftShareTimeoutError).lastState).toMatchObject({
      status: "pending",
      recipient_link: null,
    })
  })

  it("stops when aborted, with the signal's reason", async () => {
    for (let index = 0; index < 50; index++) api.reply({ status: 200, body: giftBody({}) })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error("left the page")), 30)

    await expect(
      waitForGiftShareLink(sdk, "order_1", { intervalMs: 5, signal: controller.signal })
    ).rejects.toThrow("left the page")
    // A request in flight at the abort may still reach the server; none is sent after it.
    await new Promise((resolve) => setTimeout(resolve, 20))
    const requestsAfterAbort = api.requests.length
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(api.requests.length).toBe(requestsAfterAbort)
  })
})

describe("pollGiftShareState", () => {
  it("waits longer between reads (by half each time), up to the maximum", async () => {
    jest.useFakeTimers()
    try {
      let reads = 0
      const load: GiftShareStateLoad = async () => {
        reads++
        return {
          ...giftBody({ recipient_link: LINK }).gift_order,
          status: reads < 6 ? "pending" : "confirmed",
        }
      }
      const done = pollGiftShareState(load, (current) => current?.status === "confirmed", {
        intervalMs: 20,
        maxIntervalMs: 40,
      })

      // Reads at 0, then after waits of 20, 30, 40 (45 capped) and 40 ms.
      const readsAt: number[] = []
      for (const step of [0, 19, 1, 29, 1, 39, 1, 39, 1]) {
        await jest.advanceTimersByTimeAsync(step)
        readsAt.push(reads)
      }
      expect(readsAt).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5])
      await jest.advanceTimersByTimeAsync(40)
      await expect(done).resolves.toMatchObject({ status: "confirmed" })
      expect(reads).toBe(6)
    } finally {
      jest.useRealTimers()
    }
  })

  it("throws at once on a failure that another read would not fix", async () => {
    let reads = 0
    const load: GiftShareStateLoad = async () => {
      reads++
      throw Object.assign(new Error("Forbidden"), { status: 403 })
    }

    await expect(pollGiftShareState(load, () => false, { intervalMs: 1 })).rejects.toThrow("Forbidden")
    expect(reads).toBe(1)
  })
})
