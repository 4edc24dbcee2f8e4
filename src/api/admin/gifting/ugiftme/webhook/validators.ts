import { z } from "@medusajs/framework/zod"
import { httpsOnlyProblem } from "../../../../../lib/http/https-only"

/** Body of `POST /admin/gifting/ugiftme/webhook`. */
export const AdminRegisterUgiftmeWebhook = z
  .object({
    /** Defaults to the plugin option `ugiftme.webhookUrl`. */
    url: z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const problem = httpsOnlyProblem(value)
        if (problem) ctx.addIssue({ code: "custom", message: `url ${problem}` })
      })
      .optional(),
  })
  .strict()
export type AdminRegisterUgiftmeWebhookType = z.infer<typeof AdminRegisterUgiftmeWebhook>
