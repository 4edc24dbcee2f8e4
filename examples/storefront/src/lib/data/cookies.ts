import "server-only"
import { cookies } from "next/headers"

const CART_COOKIE = "_gifting_cart_id"
const REGION_COOKIE = "_gifting_region_id"
/** The logged-in customer's token (from `sdk.auth.login`), never readable by the page's scripts. */
const AUTH_COOKIE = "_gifting_jwt"

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

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, options)
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/** The headers that make a Store API call the logged-in customer's (none for a guest). */
export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}
