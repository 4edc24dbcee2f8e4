import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

/** The currencies and countries the dev store sells in. */
export const SEED_REGIONS = [
  { name: "Europe", currency_code: "eur", countries: ["de", "fr", "nl", "ie"] },
  { name: "United Kingdom", currency_code: "gbp", countries: ["gb"] },
] as const

/** Finds the sales channel by name, creating it when missing. */
export async function ensureSalesChannel(container: MedusaContainer, name: string) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name })
  if (existing) {
    return existing
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name, description: "Created by the gifting dev-store seed" }] },
  })
  return result[0]
}

/** Makes the store sell in the seed currencies through the given channel. */
export async function configureStore(container: MedusaContainer, salesChannelId: string) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: SEED_REGIONS.map((region, index) => ({
          currency_code: region.currency_code,
          is_default: index === 0,
        })),
        default_sales_channel_id: salesChannelId,
      },
    },
  })
  return store
}

/** One region per seed currency, with the system payment provider and tax regions. */
export async function ensureRegions(container: MedusaContainer) {
  const regions = container.resolve(Modules.REGION)
  const result: { id: string; name: string; currency_code: string }[] = []
  for (const spec of SEED_REGIONS) {
    const [existing] = await regions.listRegions({ name: spec.name })
    if (existing) {
      result.push(existing)
      continue
    }
    const { result: created } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: spec.name,
            currency_code: spec.currency_code,
            countries: [...spec.countries],
            payment_providers: ["pp_system_default"],
          },
        ],
      },
    })
    await createTaxRegionsWorkflow(container).run({
      input: spec.countries.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
    result.push(created[0])
  }
  return result
}

/** A publishable API key for the storefront, linked to the sales channel. */
export async function ensurePublishableKey(
  container: MedusaContainer,
  salesChannelId: string,
  title: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "title"],
    filters: { type: "publishable", title, revoked_at: null },
  })
  if (data[0]) {
    return data[0]
  }
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0]
}
