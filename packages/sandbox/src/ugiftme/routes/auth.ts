import type { ApiRoute } from "./route-types"
import { fail, ok } from "./route-types"

/**
 * `GET /auth`: account metadata, or 403 when the business profile is
 * incomplete or not verified yet (the OpenAPI examples). Only `/auth` checks
 * the profile state: the docs name no other route that does.
 */
export const authRoutes: ApiRoute[] = [
  {
    method: "GET",
    path: "/auth",
    handler: ({ account }) => {
      if (account.profileStatus === "incomplete") {
        return fail(403, "Incomplete business profile", {
          status: "incomplete",
          missingFields: account.missingFields,
        })
      }
      if (account.profileStatus === "pending") {
        return fail(403, "Business verification pending", {
          status: "pending",
          message: "Complete business verification process",
        })
      }
      return ok({
        id: account.userId,
        name: account.name,
        email: account.email,
        plan: account.plan,
        verified: true,
        status: "verified",
      })
    },
  },
]
