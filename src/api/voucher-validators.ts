import { z } from "@medusajs/framework/zod"
import { httpsOnlyProblem } from "../lib/http/https-only"

/** Zod validators of the UGiftMe voucher routes (wired in `voucher-middlewares.ts`). */

const productCode = z.string({ message: "product_code must be a string" }).trim().min(1, {
  message: "product_code is required",
})
const faceValueMode = z.enum(["variant_price", "fixed"], {
  message: 'face_value_mode must be "variant_price" or "fixed"',
})
const fixedValue = z
  .number({ message: "fixed_value must be a number (major units)" })
  .positive({ message: "fixed_value must be positive" })
  .nullable()

export const AdminCreateVoucherProduct = z
  .object({
    variant_id: z
      .string({ message: "variant_id is required" })
      .trim()
      .min(1, { message: "variant_id is required" }),
    product_code: productCode,
    face_value_mode: faceValueMode.default("variant_price"),
    fixed_value: fixedValue.optional(),
  })
  .strict()
  .refine((body) => body.face_value_mode !== "fixed" || typeof body.fixed_value === "number", {
    message: 'fixed_value is required when face_value_mode is "fixed"',
    path: ["fixed_value"],
  })
  .refine((body) => body.face_value_mode !== "variant_price" || body.fixed_value == null, {
    message: 'fixed_value is only allowed when face_value_mode is "fixed"',
    path: ["fixed_value"],
  })
export type AdminCreateVoucherProductType = z.infer<typeof AdminCreateVoucherProduct>

export const AdminUpdateVoucherProduct = z
  .object({
    product_code: productCode.optional(),
    face_value_mode: faceValueMode.optional(),
    fixed_value: fixedValue.optional(),
  })
  .strict()
export type AdminUpdateVoucherProductType = z.infer<typeof AdminUpdateVoucherProduct>

const offsetPage = {
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}

const pagePage = {
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}

export const AdminListVoucherProductsQuery = z.object({
  ...offsetPage,
  variant_id: z.string().optional(),
  product_code: z.string().optional(),
})
export type AdminListVoucherProductsQueryType = z.infer<typeof AdminListVoucherProductsQuery>

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

export const AdminUgiftmeTransactionsQuery = z.object({ ...pagePage })
export type AdminUgiftmeTransactionsQueryType = z.infer<typeof AdminUgiftmeTransactionsQuery>

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
