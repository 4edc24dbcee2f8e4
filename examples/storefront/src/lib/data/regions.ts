"use server"

import type { HttpTypes } from "@medusajs/types"
import { revalidatePath } from "next/cache"
import { getSdk } from "../config"
import { getAuthHeaders, getCartId, getRegionId, setRegionId } from "./cookies"

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const { regions } = await getSdk().store.region.list({ fields: "id,name,currency_code,*countries" })
  return regions
}

/** The shopper's region: the one they chose, else the store's first. */
export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  const regions = await listRegions()
  const chosen = await getRegionId()
  return regions.find((region) => region.id === chosen) ?? regions[0]
}

/** "Ship to": changes the region, and the open cart's with it. */
export async function chooseRegion(formData: FormData): Promise<void> {
  const regionId = String(formData.get("region_id") ?? "")
  await setRegionId(regionId)
  const cartId = await getCartId()
  if (cartId) await getSdk().store.cart.update(cartId, { region_id: regionId }, {}, await getAuthHeaders())
  revalidatePath("/", "layout")
}
