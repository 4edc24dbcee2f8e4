import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import {
  startUgiftmeSandbox,
  UgiftmeSandboxControl,
  type UgiftmeSandbox,
  type UgiftmeSandboxOptions,
} from "@medusa-plugin-gifting/sandbox/ugiftme"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { checkout, createStoreFixture, providerOption, type StoreFixture } from "./store-fixture"

/** The account key the dev store uses in the voucher tests (the sandbox creates it with funded wallets). */
export const VOUCHER_TEST_API_KEY = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"

export const UGIFTME_PROVIDER_ID = "ugiftme_ugiftme"

export const GB_ADDRESS = {
  first_name: "Jane",
  last_name: "Buyer",
  address_1: "1 High Street",
  city: "London",
  postal_code: "SW1A 1AA",
  country_code: "gb",
  phone: "+44 20 7946 0000",
}

export type VoucherSandbox = { sandbox: UgiftmeSandbox; control: UgiftmeSandboxControl }

/**
 * Starts the UGiftMe sandbox in-process on a free loopback port and points
 * the plugin at it through the env vars the module reads at boot. Call from a
 * top-level `beforeAll` declared before `medusaIntegrationTestRunner(...)`.
 */
export async function startVoucherSandbox(
  options: UgiftmeSandboxOptions = {},
  env: Record<string, string> = {}
): Promise<VoucherSandbox> {
  const sandbox = await startUgiftmeSandbox({
    apiKeys: [VOUCHER_TEST_API_KEY],
    webhookTimeScale: 0.001,
    ...options,
  })
  Object.assign(process.env, {
    UGIFTME_BASE_URL: sandbox.url,
    UGIFTME_API_KEY: VOUCHER_TEST_API_KEY,
    UGIFTME_TIMEOUT_MS: "2000",
    ...env,
  })
  return { sandbox, control: new UgiftmeSandboxControl(sandbox.url) }
}

export type VoucherStore = {
  fixture: StoreFixture
  variantId: string
  shippingOptionId: string
  voucherProductId: string
}

/**
 * A GBP store selling one variant mapped to a UGiftMe product, with the
 * "Digital voucher by email" shipping option — all through the Admin API.
 */
export async function createVoucherStore(
  container: MedusaContainer,
  api: AxiosInstance,
  { price = 25, productCode = "AMAZON_UK_STD" }: { price?: number; productCode?: string } = {}
): Promise<VoucherStore> {
  const fixture = await createStoreFixture(container, api, {
    currency: "gbp",
    countries: ["gb"],
    providers: [UGIFTME_PROVIDER_ID],
  })
  const { variantId } = await fixture.createProduct({ title: `Voucher £${price}`, price, currency: "gbp" })
  const optionData = await providerOption(api, fixture.admin, UGIFTME_PROVIDER_ID)
  const { id: shippingOptionId } = await fixture.createShippingOption({
    name: "Digital voucher by email",
    providerId: UGIFTME_PROVIDER_ID,
    optionData,
    price: 0,
  })
  const { data } = await api.post(
    "/admin/gifting/voucher-products",
    { variant_id: variantId, product_code: productCode },
    fixture.admin
  )
  return { fixture, variantId, shippingOptionId, voucherProductId: data.voucher_product.id }
}

/** A storefront checkout of `quantity` vouchers for `recipient_email`. */
export async function buyVouchers(
  api: AxiosInstance,
  store: VoucherStore,
  { quantity = 1, recipientEmail = "friend@example.com" }: { quantity?: number; recipientEmail?: string } = {}
): Promise<string> {
  const { order_id } = await checkout(api, store.fixture, {
    variantId: store.variantId,
    quantity,
    shippingOptionId: store.shippingOptionId,
    shippingData: {
      recipient_email: recipientEmail,
      recipient_name: "A Friend",
      gift_message: "Happy birthday!",
    },
    address: GB_ADDRESS,
  })
  return order_id
}

export type AdminVoucher = {
  id: string
  status: string
  error: string | null
  idempotency_key: string
  fulfillment_id: string | null
  order_request_id: string | null
  ugiftme_order_id: string | null
  unit_index: number
  value: number
  currency: string
  attempts: number
}

export async function orderVouchers(
  api: AxiosInstance,
  store: VoucherStore,
  orderId: string
): Promise<AdminVoucher[]> {
  const { data } = await api.get(`/admin/gifting/orders/${orderId}/vouchers`, store.fixture.admin)
  return data.vouchers
}

export type AdminFulfillment = {
  id: string
  provider_id: string
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  data: Record<string, unknown>
}

export async function orderFulfillments(
  api: AxiosInstance,
  store: VoucherStore,
  orderId: string
): Promise<AdminFulfillment[]> {
  const { data } = await api.get(`/admin/orders/${orderId}?fields=id,*fulfillments`, store.fixture.admin)
  return data.order.fulfillments
}

/** Polls `read` until `done` holds (or fails with the last value seen). */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 15_000, intervalMs = 150 }: { timeoutMs?: number; intervalMs?: number } = {}
): Promise<T> {
  const started = Date.now()
  let value = await read()
  while (!done(value)) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value, null, 2)}`
      )
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
    value = await read()
  }
  return value
}

/**
 * Waits until the order has `count` UGiftMe fulfillments, all delivered — the
 * end of the background work (subscribers) a checkout starts.
 */
export async function waitForDeliveredFulfillments(
  api: AxiosInstance,
  store: VoucherStore,
  orderId: string,
  count: number
): Promise<AdminFulfillment[]> {
  return waitFor(
    () => orderFulfillments(api, store, orderId),
    (list) => list.length === count && list.every((fulfillment) => Boolean(fulfillment.delivered_at))
  )
}

/** How many orders the sandbox created under each of these idempotency keys. */
export async function purchasesPerKey(control: UgiftmeSandboxControl, keys: string[]): Promise<number[]> {
  const counters = await control.counters()
  return keys.map((key) => counters.ordersByIdempotencyKey[key] ?? 0)
}

/** Wallet debits made with the test key so far. */
export async function debitCount(control: UgiftmeSandboxControl): Promise<number> {
  const counters = await control.counters()
  return counters.debits[VOUCHER_TEST_API_KEY]?.count ?? 0
}

export function giftingModule(container: MedusaContainer): GiftingModuleService {
  return container.resolve<GiftingModuleService>(GIFTING_MODULE)
}
