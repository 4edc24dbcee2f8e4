import type { AxiosInstance } from "axios"
import { randomUUID } from "node:crypto"
import type { AuthHeaders } from "./admin-auth"

export type PromotionInput = {
  type: "percentage" | "fixed"
  target_type: "items" | "shipping_methods"
  value: number
  /** Required by Medusa for a fixed amount. */
  currency_code?: string
  /** Only the gift option's shipping methods (a shipping-option-type rule), for a shipping target. */
  shippingOptionTypeId?: string
}

/**
 * An active promotion code created through `POST /admin/promotions`, as staff
 * create one. Allocation `across`: the value is spread over the targeted
 * lines. Returns the code a storefront applies with the cart's `promo_codes`.
 */
export async function createPromotion(
  api: AxiosInstance,
  admin: AuthHeaders,
  { shippingOptionTypeId, ...method }: PromotionInput
): Promise<string> {
  const code = `PROMO-${randomUUID().slice(0, 8).toUpperCase()}`
  await api.post(
    "/admin/promotions",
    {
      code,
      type: "standard",
      status: "active",
      application_method: {
        ...method,
        allocation: "across",
        target_rules: shippingOptionTypeId
          ? [
              {
                attribute: "shipping_methods.shipping_option.shipping_option_type_id",
                operator: "eq",
                values: [shippingOptionTypeId],
              },
            ]
          : [],
      },
    },
    admin
  )
  return code
}

/** Applies promotion codes to a cart (`POST /store/carts/:id/promotions`). */
export async function applyPromotions(
  api: AxiosInstance,
  storeHeaders: AuthHeaders,
  cartId: string,
  codes: string[]
): Promise<void> {
  await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: codes }, storeHeaders)
}
