import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type RegionRow = { countries?: ({ iso_2?: string | null } | null)[] | null } | null | undefined

/** The countries the store's regions ship to (lower-case ISO 3166-1 alpha-2): an SMS goes only to a mobile of one. */
export async function readSmsCountries(container: MedusaContainer): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["countries.iso_2"] })
  return [
    ...new Set(
      (data as RegionRow[]).flatMap((region) =>
        (region?.countries ?? []).flatMap((country) => (country?.iso_2 ? [country.iso_2.toLowerCase()] : []))
      )
    ),
  ]
}
