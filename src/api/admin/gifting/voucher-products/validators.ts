import { z } from "@medusajs/framework/zod"
import { FACE_VALUE_MODES } from "../../../../modules/gifting/models/voucher-product"
import { offsetPage } from "../page-queries"

const productCode = z.string({ message: "product_code must be a string" }).trim().min(1, {
  message: "product_code is required",
})
const faceValueMode = z.enum(FACE_VALUE_MODES, {
  message: `face_value_mode must be ${FACE_VALUE_MODES.map((mode) => `"${mode}"`).join(" or ")}`,
})
const fixedValue = z
  .number({ message: "fixed_value must be a number (major units)" })
  .positive({ message: "fixed_value must be positive" })
  .nullable()

/** Body of `POST /admin/gifting/voucher-products`. */
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

/** Body of `POST /admin/gifting/voucher-products/:id`. */
export const AdminUpdateVoucherProduct = z
  .object({
    product_code: productCode.optional(),
    face_value_mode: faceValueMode.optional(),
    fixed_value: fixedValue.optional(),
  })
  .strict()
export type AdminUpdateVoucherProductType = z.infer<typeof AdminUpdateVoucherProduct>

/** Query of `GET /admin/gifting/voucher-products`. */
export const AdminListVoucherProductsQuery = z.object({
  ...offsetPage,
  variant_id: z.string().optional(),
  product_code: z.string().optional(),
})
export type AdminListVoucherProductsQueryType = z.infer<typeof AdminListVoucherProductsQuery>
