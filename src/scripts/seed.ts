import { writeFile } from "node:fs/promises"
import type { ExecArgs } from "@medusajs/framework/types"
import { ensureAdminUser } from "./seed/admin-user"
import { ensureGiftableProduct } from "./seed/catalog"
import {
  ensureProviderShippingOption,
  ensureShippingProfile,
  ensureShippingProfileOfType,
  ensureStockLocation,
} from "./seed/fulfillment"
import { configureStore, ensurePublishableKey, ensureRegions, ensureSalesChannel } from "./seed/store-basics"
import {
  ensureVoucherProduct,
  SEED_VOUCHER_SHIPPING_OPTION,
  SEED_VOUCHER_SHIPPING_PROFILE,
} from "./seed/vouchers"

/**
 * `npm run seed`: everything the dev store needs to take orders, created once
 * (running it again reuses what exists). Prints what it created as one JSON
 * document on stdout.
 *
 * Admin credentials: SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD
 * (default admin@example.com / supersecret). With SEED_OUTPUT set, the summary
 * is written to that file instead (`scripts/seed.mjs` sets it and prints it
 * alone on stdout, Medusa's logs going to stderr). SEED_VOUCHERS=false leaves out the voucher
 * shipping option and the voucher product (for tests that set up their own).
 */
export default async function seedGiftingStore({ container }: ExecArgs): Promise<void> {
  const email = process.env.SEED_ADMIN_EMAIL || "admin@example.com"
  const password = process.env.SEED_ADMIN_PASSWORD || "supersecret"

  const salesChannel = await ensureSalesChannel(container, "Default Sales Channel")
  await configureStore(container, salesChannel.id)
  const regions = await ensureRegions(container)
  const publishableKey = await ensurePublishableKey(container, salesChannel.id, "Gifting storefront")
  const shippingProfile = await ensureShippingProfile(container)
  const { stockLocation, serviceZoneId } = await ensureStockLocation(
    container,
    salesChannel.id,
    "Gifting warehouse"
  )
  const zone = {
    stockLocationId: stockLocation.id,
    serviceZoneId,
    shippingProfileId: shippingProfile.id,
  }
  const manualOption = await ensureProviderShippingOption(container, {
    ...zone,
    providerId: "manual_manual",
    name: "Standard shipping",
    type: { label: "Standard", description: "Ships in 2-3 days.", code: "standard" },
    prices: [
      { currency_code: "eur", amount: 4.95 },
      { currency_code: "gbp", amount: 3.95 },
    ],
  })
  const giftOption = await ensureProviderShippingOption(container, {
    ...zone,
    providerId: "giftyzet_giftyzet",
    name: "Send as a gift",
    type: {
      label: "Send as a gift",
      description: "The recipient enters their address through a link you share.",
      code: "send-as-gift",
    },
    prices: [
      { currency_code: "eur", amount: 5.95 },
      { currency_code: "gbp", amount: 4.95 },
    ],
  })
  const product = await ensureGiftableProduct(container, {
    salesChannelId: salesChannel.id,
    shippingProfileId: shippingProfile.id,
  })
  const seedVouchers = process.env.SEED_VOUCHERS !== "false"
  const voucherProfile = seedVouchers
    ? await ensureShippingProfileOfType(container, SEED_VOUCHER_SHIPPING_PROFILE)
    : null
  const voucherOption = voucherProfile
    ? await ensureProviderShippingOption(container, {
        ...zone,
        shippingProfileId: voucherProfile.id,
        ...SEED_VOUCHER_SHIPPING_OPTION,
      })
    : null
  const voucher = voucherProfile
    ? await ensureVoucherProduct(container, {
        salesChannelId: salesChannel.id,
        shippingProfileId: voucherProfile.id,
      })
    : null
  const admin = await ensureAdminUser(container, email, password)

  const summary = {
    sales_channel_id: salesChannel.id,
    publishable_api_key: publishableKey.token,
    regions: regions.map(({ id, name, currency_code }) => ({ id, name, currency_code })),
    stock_location_id: stockLocation.id,
    service_zone_id: serviceZoneId,
    shipping_profile_id: shippingProfile.id,
    voucher_shipping_profile_id: voucherProfile?.id ?? null,
    shipping_options: {
      manual: manualOption?.id ?? null,
      gift: giftOption?.id ?? null,
      voucher: voucherOption?.id ?? null,
    },
    product: {
      id: product.id,
      handle: product.handle,
      variant_ids: (product.variants ?? []).map((v) => v.id),
    },
    voucher_product: voucher
      ? {
          id: voucher.product.id,
          handle: voucher.product.handle,
          variant_ids: voucher.variantIds,
          ugiftme: voucher.mapping,
          ...(voucher.mappingSkipped ? { ugiftme_skipped: voucher.mappingSkipped } : {}),
        }
      : null,
    admin: { email, password: admin.created ? password : "(unchanged)", created: admin.created },
  }
  const json = JSON.stringify(summary, null, 2)
  if (process.env.SEED_OUTPUT) {
    // Read from this file rather than from stdout, where Medusa's logs go too.
    await writeFile(process.env.SEED_OUTPUT, json)
  } else {
    process.stdout.write(`${json}\n`)
  }
}
