import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { randomUUID } from "node:crypto"
import { ensureAdminUser } from "../../src/scripts/seed/admin-user"

export type AuthHeaders = { headers: Record<string, string> }

/**
 * Creates an admin user (auth identity + user, as `medusa user` does) and logs
 * in through `POST /auth/user/emailpass`, as the dashboard does. Returns the
 * request options carrying the bearer JWT.
 */
export async function loginAsNewAdmin(container: MedusaContainer, api: AxiosInstance): Promise<AuthHeaders> {
  const email = `admin-${randomUUID()}@example.com`
  const password = `pw-${randomUUID()}`
  await ensureAdminUser(container, email, password)
  const response = await api.post<{ token: string }>("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${response.data.token}` } }
}
