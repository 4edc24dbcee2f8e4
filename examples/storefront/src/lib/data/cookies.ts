import "server-only"
import { cookies } from "next/headers"

const CART_COOKIE = "_gifting_cart_id"
const REGION_COOKIE = "_gifting_region_id"

const options = { httpOnly: true, sameSite: "strict" as const, path: "/", maxAge: 60 * 60 * 24 * 7 }

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, options)
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getRegionId(): Promise<string | undefined> {
  return (await cookies()).get(REGION_COOKIE)?.value
}

export async function setRegionId(regionId: string): Promise<void> {
  ;(await cookies()).set(REGION_COOKIE, regionId, options)
}
