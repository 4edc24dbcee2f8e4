// The merchant's journey on the installed tarball, through public surfaces
// only (Admin API, Store API with the JS SDK, the Giftyzet sandbox's recipient
// page, the webhook receiver): the install test runs it on a stock store.
// Every step that needs a file of the package (a route, a subscriber, a
// provider) fails when that file is missing from the tarball.
import { createHmac } from "node:crypto"
import { createRequire } from "node:module"
import path from "node:path"
import { client, waitFor } from "../demo/http.mjs"

const GIFT_PROVIDER_ID = "giftyzet_giftyzet"
const VOUCHER_PROVIDER_ID = "ugiftme_ugiftme"
/** A product of the UGiftMe sandbox's catalog: GBP, £5–£500. */
const VOUCHER_PRODUCT_CODE = "AMAZON_UK_STD"
const VOUCHER_UNITS = 2
const RECIPIENT = {
  recipient_name: "Rosa Recipient",
  recipient_email: "rosa.recipient@example.com",
  gift_message: "Happy birthday, Rosa!",
}
const VOUCHER_RECIPIENT = { recipient_email: "sam.friend@example.com", recipient_name: "Sam Friend" }
const BERLIN = {
  first_name: "Jane",
  last_name: "Buyer",
  address_1: "12 Market Street",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
  phone: "+49 30 1234567",
}
const LONDON = {
  ...BERLIN,
  address_1: "1 High Street",
  city: "London",
  postal_code: "SW1A 1AA",
  country_code: "gb",
}

/** What the store's own packages give a storefront: the JS SDK and the plugin's storefront kit. */
function storefrontModules(storeDir) {
  const require = createRequire(path.join(storeDir, "package.json"))
  return {
    Medusa: require("@medusajs/js-sdk").default,
    kit: require("medusa-plugin-gifting/storefront"),
  }
}

/** Region, channel, key, stock location with the providers, gift and voucher options, a mapped voucher. */
async function setUpStore(admin) {
  const { sales_channel } = await admin.post("/admin/sales-channels", { name: "Web shop" })
  const { stores } = await admin.get("/admin/stores")
  await admin.post(`/admin/stores/${stores[0].id}`, {
    supported_currencies: [
      { currency_code: "eur", is_default: true },
      { currency_code: "gbp", is_default: false },
    ],
    default_sales_channel_id: sales_channel.id,
  })
  const region = async (name, currency_code, countries) =>
    (
      await admin.post("/admin/regions", {
        name,
        currency_code,
        countries,
        payment_providers: ["pp_system_default"],
      })
    ).region
  const europe = await region("Europe", "eur", ["de"])
  const uk = await region("United Kingdom", "gbp", ["gb"])
  const { api_key } = await admin.post("/admin/api-keys", { title: "Storefront", type: "publishable" })
  await admin.post(`/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channel.id] })

  const { stock_location } = await admin.post("/admin/stock-locations", { name: "Warehouse" })
  await admin.post(`/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [sales_channel.id] })
  await admin.post(`/admin/stock-locations/${stock_location.id}/fulfillment-providers`, {
    add: ["manual_manual", GIFT_PROVIDER_ID, VOUCHER_PROVIDER_ID],
  })
  const withSet = await admin.post(
    `/admin/stock-locations/${stock_location.id}/fulfillment-sets?fields=*fulfillment_sets`,
    { name: "Warehouse shipping", type: "shipping" }
  )
  const { fulfillment_set } = await admin.post(
    `/admin/fulfillment-sets/${withSet.stock_location.fulfillment_sets[0].id}/service-zones`,
    {
      name: "Germany and the UK",
      geo_zones: ["de", "gb"].map((country_code) => ({ type: "country", country_code })),
    }
  )
  const serviceZoneId = fulfillment_set.service_zones[0].id
  const { shipping_profiles } = await admin.get("/admin/shipping-profiles?type=default")
  const shippingProfileId = shipping_profiles[0].id

  const shippingOption = async (name, providerId, prices) => {
    const { fulfillment_options } = await admin.get(`/admin/fulfillment-providers/${providerId}/options`)
    return (
      await admin.post("/admin/shipping-options", {
        name,
        price_type: "flat",
        service_zone_id: serviceZoneId,
        shipping_profile_id: shippingProfileId,
        provider_id: providerId,
        type: { label: name, description: name, code: name.toLowerCase().replace(/\W+/g, "-") },
        data: fulfillment_options[0],
        prices,
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      })
    ).shipping_option
  }
  const giftOption = await shippingOption("Send as a gift", GIFT_PROVIDER_ID, [
    { currency_code: "eur", amount: 5.95 },
  ])
  const voucherOption = await shippingOption("Digital voucher by email", VOUCHER_PROVIDER_ID, [
    { currency_code: "gbp", amount: 0 },
  ])

  const product = async (title, currency_code, amount) =>
    (
      await admin.post("/admin/products", {
        title,
        status: "published",
        shipping_profile_id: shippingProfileId,
        options: [{ title: "Kind", values: ["Standard"] }],
        variants: [
          {
            title: "Standard",
            options: { Kind: "Standard" },
            manage_inventory: false,
            prices: [{ currency_code, amount }],
          },
        ],
        sales_channels: [{ id: sales_channel.id }],
      })
    ).product.variants[0].id
  const giftVariantId = await product("Ceramic mug", "eur", 24)
  const voucherVariantId = await product("Amazon.co.uk voucher £25", "gbp", 25)
  const { voucher_product } = await admin.post("/admin/gifting/voucher-products", {
    variant_id: voucherVariantId,
    product_code: VOUCHER_PRODUCT_CODE,
    face_value_mode: "variant_price",
  })
  return {
    publishableKey: api_key.token,
    europe,
    uk,
    giftOption,
    voucherOption,
    giftVariantId,
    voucherVariantId,
    voucherProduct: voucher_product,
  }
}

/** A shopper's checkout with the JS SDK; `addShippingMethod` adds the method the way the storefront kit does. */
async function checkout(sdk, { regionId, variantId, quantity, address, optionName, addShippingMethod }) {
  const { cart } = await sdk.store.cart.create({ region_id: regionId, email: "jane.buyer@example.com" })
  await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity })
  await sdk.store.cart.update(cart.id, { shipping_address: address, billing_address: address })
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const option = shipping_options.find((candidate) => candidate.name === optionName)
  if (!option) throw new Error(`the cart is not offered "${optionName}"`)
  const { cart: withMethod } = await addShippingMethod({ cartId: cart.id, optionId: option.id })
  await sdk.store.payment.initiatePaymentSession(withMethod, { provider_id: "pp_system_default" })
  const completed = await sdk.store.cart.complete(cart.id)
  if (completed.type !== "order")
    throw new Error(`the cart did not complete: ${JSON.stringify(completed.error)}`)
  return completed.order
}

/** A UGiftMe delivery as the receiver gets it, signed with `secret` (hex HMAC-SHA256 of the body). */
function delivery(secret) {
  const body = JSON.stringify({
    type: "webhook.test",
    sentAt: new Date().toISOString(),
    data: { message: "hi" },
  })
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-webhook-event": "webhook.test",
      "x-webhook-signature": createHmac("sha256", secret).update(body).digest("hex"),
    },
    body,
  }
}

/**
 * Runs the journey; `check(condition, description)` records each outcome.
 * Returns what the admin browser check opens (the gift order's id).
 */
export async function runJourney({ baseUrl, storeDir, token, webhookSecret, check, log }) {
  const admin = client(baseUrl, { authorization: `Bearer ${token}` })
  const setUp = await setUpStore(admin)
  check(
    setUp.voucherProduct?.product_code === VOUCHER_PRODUCT_CODE && setUp.voucherProduct.currency === "GBP",
    `the Admin API sets up the store: regions, key, stock location with the providers, the gift and voucher options, a voucher mapped to ${VOUCHER_PRODUCT_CODE}`
  )

  const { Medusa, kit } = storefrontModules(storeDir)
  const sdk = new Medusa({ baseUrl, publishableKey: setUp.publishableKey })
  const giftOrder = await checkout(sdk, {
    regionId: setUp.europe.id,
    variantId: setUp.giftVariantId,
    quantity: 1,
    address: BERLIN,
    optionName: "Send as a gift",
    addShippingMethod: ({ cartId, optionId }) =>
      kit.addGiftShippingMethod(sdk, { cartId, optionId, recipient: RECIPIENT }),
  })
  check(
    Boolean(giftOrder.id),
    `a gift checkout through the Store API with the JS SDK places order ${giftOrder.id}`
  )

  const shared = await waitFor(
    async () => {
      const state = await kit.retrieveGiftShareState(sdk, giftOrder.id)
      return state?.recipient_link ? state : null
    },
    { timeoutMs: 60_000, intervalMs: 500, what: "the store route's recipient link" }
  )
  check(
    /\/gift-receiver\/[A-Za-z0-9_-]{20,}$/.test(shared.recipient_link),
    `GET /store/gifting/orders/:id gives the recipient link (${shared.status})`
  )

  const submitted = await fetch(shared.recipient_link, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      receiver_name: RECIPIENT.recipient_name,
      receiver_email: RECIPIENT.recipient_email,
      receiver_phone: "+44 20 7946 0958",
      receiver_address: "4 Orchard Row\nLondon N1 7GU\nUnited Kingdom",
    }),
  })
  check(submitted.ok, `the recipient confirms on the sandbox's page (${submitted.status})`)
  const synced = await admin.post(`/admin/gifting/orders/${giftOrder.id}/sync`)
  const { gift_order: adminGift } = await admin.get(`/admin/gifting/orders/${giftOrder.id}`)
  check(
    synced.gift_order?.status === "confirmed" && adminGift.status === "confirmed",
    `after a sync the admin route shows the gift confirmed (got ${adminGift.status})`
  )

  const voucherOrder = await checkout(sdk, {
    regionId: setUp.uk.id,
    variantId: setUp.voucherVariantId,
    quantity: VOUCHER_UNITS,
    address: LONDON,
    optionName: "Digital voucher by email",
    addShippingMethod: ({ cartId, optionId }) =>
      kit.addVoucherShippingMethod(sdk, { cartId, optionId, recipient: VOUCHER_RECIPIENT }),
  })
  const before = await admin.get(`/admin/gifting/orders/${voucherOrder.id}/vouchers`)
  const bought = (units) => units.filter((unit) => unit.ugiftme_order_id).length
  const { order: withPayments } = await admin.get(
    `/admin/orders/${voucherOrder.id}?fields=id,*payment_collections,*payment_collections.payments`
  )
  for (const collection of withPayments.payment_collections) {
    for (const payment of collection.payments) await admin.post(`/admin/payments/${payment.id}/capture`)
  }
  const vouchers = await waitFor(
    async () => {
      const { vouchers: units } = await admin.get(`/admin/gifting/orders/${voucherOrder.id}/vouchers`)
      const failed = units.find((unit) => unit.status === "failed")
      if (failed) throw new Error(`voucher ${failed.id} failed: ${failed.error}`)
      return units.length === VOUCHER_UNITS && units.every((unit) => unit.status === "succeeded")
        ? units
        : null
    },
    { timeoutMs: 90_000, intervalMs: 1000, what: "every voucher of the order to succeed after the capture" }
  )
  const ugiftmeOrders = new Set(vouchers.map((unit) => unit.ugiftme_order_id))
  check(
    bought(before.vouchers) === 0 && ugiftmeOrders.size === VOUCHER_UNITS && !ugiftmeOrders.has(null),
    `a voucher order of ${VOUCHER_UNITS} units buys nothing before the capture and one UGiftMe order per unit after it`
  )

  const hookUrl = `${baseUrl}/hooks/gifting/ugiftme`
  const registered = await admin.post("/admin/gifting/ugiftme/webhook", { url: hookUrl })
  check(
    JSON.stringify(registered).includes(hookUrl) && !JSON.stringify(registered).includes('secret":"'),
    "POST /admin/gifting/ugiftme/webhook registers the store's receiver (no secret in the answer)"
  )
  const test = await admin.post("/admin/gifting/ugiftme/webhook/send-test")
  check(
    test.ok === true && test.status_code >= 200 && test.status_code < 300,
    `Send test: UGiftMe's signed delivery is answered ${test.status_code}`
  )
  const signed = await fetch(hookUrl, delivery(webhookSecret))
  check(
    signed.status >= 200 && signed.status < 300,
    `a delivery signed with the secret is accepted (${signed.status})`
  )
  const forged = await fetch(hookUrl, delivery("not-the-secret"))
  check(forged.status === 401, `a forged delivery is refused (${forged.status})`)
  log(`journey orders: gift ${giftOrder.id}, vouchers ${voucherOrder.id}`)
  return { giftOrderId: giftOrder.id }
}
