import "server-only"
import Medusa from "@medusajs/js-sdk"

/**
 * The JS SDK, on the server only (server components and server actions):
 * the backend URL and the publishable key are read when the store answers,
 * so one build serves any store.
 */
export function getSdk(): Medusa {
  const baseUrl = process.env.MEDUSA_BACKEND_URL
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!baseUrl || !publishableKey) {
    throw new Error(
      "Set MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY to the store's URL and publishable key"
    )
  }
  return new Medusa({ baseUrl, publishableKey })
}

export const STORE_NAME = process.env.STORE_NAME || "Gifting example store"
