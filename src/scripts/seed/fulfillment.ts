import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { SEED_REGIONS } from "./store-basics"
import type { IdRow } from "../../lib/query-rows"

/** The store's default shipping profile (every product but the vouchers), created when missing. */
export function ensureShippingProfile(container: MedusaContainer) {
  return ensureShippingProfileOfType(container, { name: "Default Shipping Profile", type: "default" })
}

/** The shipping profile of this type, created with this name when the store has none. */
export async function ensureShippingProfileOfType(
  container: MedusaContainer,
  profile: { name: string; type: string }
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: profile.type })
  if (existing) {
    return existing
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [profile] },
  })
  return result[0]
}

/**
 * A stock location that ships to every seed country: linked to the sales
 * channel and the manual provider, with a shipping fulfillment set whose
 * service zone covers the seed countries.
 */
export async function ensureStockLocation(container: MedusaContainer, salesChannelId: string, name: string) {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const [existing] = await stockLocations.listStockLocations({ name })
  if (existing) {
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id"],
      filters: { id: existing.id },
    })
    const serviceZoneId = data[0]?.fulfillment_sets?.[0]?.service_zones?.[0]?.id
    if (!serviceZoneId) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Stock location "${name}" exists without a service zone; remove it and seed again`
      )
    }
    return { stockLocation: existing, serviceZoneId }
  }

  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [{ name, address: { address_1: "1 Gift Street", city: "Berlin", country_code: "DE" } }],
    },
  })
  const stockLocation = result[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocation.id, add: [salesChannelId] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: `${name} shipping`,
    type: "shipping",
    service_zones: [
      {
        name: "Seed countries",
        geo_zones: SEED_REGIONS.flatMap((region) =>
          region.countries.map((country_code) => ({ country_code, type: "country" as const }))
        ),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  return { stockLocation, serviceZoneId: fulfillmentSet.service_zones[0].id }
}

export type SeedShippingOptionInput = {
  providerId: string
  stockLocationId: string
  serviceZoneId: string
  shippingProfileId: string
  name: string
  type: { label: string; description: string; code: string }
  prices: { currency_code: string; amount: number }[]
}

/**
 * A flat-rate shipping option of a fulfillment provider, enabled in the
 * store, with the provider's first fulfillment option as its data. The
 * provider is added to the stock location when it is not there yet. Returns
 * `null` when the store does not have the provider registered.
 */
export async function ensureProviderShippingOption(
  container: MedusaContainer,
  input: SeedShippingOptionInput
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [provider] = await fulfillment.listFulfillmentProviders({ id: input.providerId })
  if (!provider) {
    return null
  }
  const [existing] = await fulfillment.listShippingOptions({
    name: input.name,
    service_zone: { id: input.serviceZoneId },
  })
  if (existing) {
    return existing
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id"],
    filters: { id: input.stockLocationId },
  })
  const linked = (data[0]?.fulfillment_providers ?? []).some(
    (linkedProvider: IdRow) => linkedProvider?.id === input.providerId
  )
  if (!linked) {
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: input.stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: input.providerId },
    })
  }
  const [option] = await fulfillment.retrieveFulfillmentOptions(input.providerId)
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: input.name,
        price_type: "flat",
        provider_id: input.providerId,
        service_zone_id: input.serviceZoneId,
        shipping_profile_id: input.shippingProfileId,
        type: input.type,
        data: option as Record<string, unknown>,
        prices: input.prices,
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return result[0]
}
