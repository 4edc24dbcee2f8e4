import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

/**
 * An admin user who logs in with email and password, as `medusa user` makes
 * one. An existing user is left as it is (its password is not changed).
 */
export async function ensureAdminUser(container: MedusaContainer, email: string, password: string) {
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email })
  if (existing) {
    return { user: existing, created: false }
  }
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Could not register admin ${email}: ${error ?? "no identity"}`
    )
  }
  const { result } = await createUserAccountWorkflow(container).run({
    input: { userData: { email }, authIdentityId: authIdentity.id },
  })
  return { user: result, created: true }
}
