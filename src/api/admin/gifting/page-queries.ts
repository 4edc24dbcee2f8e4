import { z } from "@medusajs/framework/zod"

/** `offset` and `limit` of a list route over the plugin's own tables. */
export const offsetPage = {
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}

/** `page` and `limit` of a list route that pages through UGiftMe. */
export const pagePage = {
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}
