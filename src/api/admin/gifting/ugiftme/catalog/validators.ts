import { z } from "@medusajs/framework/zod"
import { pagePage } from "../../page-queries"

/** Query of `GET /admin/gifting/ugiftme/catalog`. */
export const AdminUgiftmeCatalogQuery = z.object({
  ...pagePage,
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { message: "currency must be a 3-letter code" })
    .transform((value) => value.toUpperCase())
    .optional(),
  merchant: z.string().optional(),
  category: z.string().optional(),
})
export type AdminUgiftmeCatalogQueryType = z.infer<typeof AdminUgiftmeCatalogQuery>
