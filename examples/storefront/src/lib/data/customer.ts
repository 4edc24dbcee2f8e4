"use server"

import type { HttpTypes } from "@medusajs/types"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getSdk } from "../config"
import { getAuthHeaders, getCartId, removeAuthToken, setAuthToken } from "./cookies"

/** The logged-in customer, or null for a guest (no token, or one the store no longer accepts). */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return null
  try {
    const { customer } = await getSdk().store.customer.retrieve({}, headers)
    return customer
  } catch {
    return null
  }
}

function text(formData: FormData, name: string): string {
  return String(formData.get(name) ?? "").trim()
}

function accountError(message: string): never {
  redirect(`/account?error=${encodeURIComponent(message)}`)
}

/** Logs in with email and password; the token goes into an httpOnly cookie. */
async function logIn(email: string, password: string): Promise<string | null> {
  try {
    const token = await getSdk().auth.login("customer", "emailpass", { email, password })
    return typeof token === "string" ? token : null
  } catch {
    return null
  }
}

/** The open cart becomes the customer's: its order is then listed in their account. */
async function transferCart(authorization: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  await getSdk()
    .store.cart.transferCart(cartId, {}, { authorization })
    .catch(() => undefined)
}

async function startSession(token: string): Promise<void> {
  await setAuthToken(token)
  await transferCart(`Bearer ${token}`)
  revalidatePath("/", "layout")
}

/** "Create account": an auth identity, the customer it belongs to, then a login. */
export async function signup(formData: FormData): Promise<void> {
  const email = text(formData, "email")
  const password = String(formData.get("password") ?? "")
  const sdk = getSdk()
  let failure: string | null = null
  try {
    const registration = await sdk.auth.register("customer", "emailpass", { email, password })
    await sdk.store.customer.create(
      { email, first_name: text(formData, "first_name"), last_name: text(formData, "last_name") },
      {},
      { authorization: `Bearer ${registration}` }
    )
  } catch (error) {
    failure = (error as Error).message || "The account could not be created."
  }
  if (failure) accountError(failure)
  const token = await logIn(email, password)
  if (!token) accountError("The account was created but logging in failed. Try logging in.")
  await startSession(token)
  redirect("/account")
}

/** "Log in". */
export async function login(formData: FormData): Promise<void> {
  const token = await logIn(text(formData, "email"), String(formData.get("password") ?? ""))
  if (!token) accountError("Wrong email or password.")
  await startSession(token)
  redirect("/account")
}

/** "Log out": the token cookie goes; the store's session ends with it. */
export async function signout(): Promise<void> {
  await removeAuthToken()
  revalidatePath("/", "layout")
  redirect("/account")
}
