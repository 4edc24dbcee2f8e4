import Medusa from "@medusajs/js-sdk"

/**
 * The JS SDK the admin extensions call the plugin's routes with, using the
 * dashboard's session. The admin is served by the store itself, so "/" is
 * the backend unless the store's admin build sets VITE_BACKEND_URL.
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})
