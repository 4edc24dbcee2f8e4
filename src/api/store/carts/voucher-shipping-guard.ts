import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { isVoucherProviderId } from "../../../lib/gifting/order-kind"

type CartRow = { items?: ({ variant_id?: string | null; title?: string | null } | null)[] | null }

/**
 * The "Digital voucher by email" option ships vouchers only: adding it to a
 * cart that holds anything that is not a voucher product (a variant mapped
 * to a UGiftMe product) is refused with a 400 that names the items, so a
 * physical product can never leave with "digital delivery" and no parcel.
 */
export async function refuseVoucherShippingForOtherItems(
  req: MedusaRequest<{ option_id?: unknown }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    next(await voucherShippingProblem(req))
  } catch (error) {
    next(error)
  }
}

/** The refusal for this request, or undefined when it may go on. */
async function voucherShippingProblem(req: MedusaRequest<{ option_id?: unknown }>) {
  const optionId = req.body?.option_id
  if (typeof optionId !== "string") return undefined
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "provider_id"],
    filters: { id: optionId },
  })
  if (!isVoucherProviderId(options[0]?.provider_id)) return undefined

  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "items.variant_id", "items.title"],
    filters: { id: req.params.id },
  })
  const items = ((carts[0] as CartRow | undefined)?.items ?? []).filter(
    (item): item is NonNullable<typeof item> => Boolean(item)
  )
  const variantIds = items.map((item) => item.variant_id).filter((id): id is string => Boolean(id))
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const mapped = new Set(
    variantIds.length
      ? (await gifting.listVoucherProducts({ variant_id: variantIds }, { select: ["variant_id"] })).map(
          (mapping: { variant_id: string }) => mapping.variant_id
        )
      : []
  )
  const others = items.filter((item) => !item.variant_id || !mapped.has(item.variant_id))
  if (items.length === 0 || others.length > 0) {
    const names = others.map((item) => `"${item.title ?? "an item"}"`).join(", ")
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      items.length === 0
        ? "Digital voucher by email: the cart has no voucher product yet."
        : `Digital voucher by email is only for voucher products; ${names} cannot be sent this way. Choose another shipping option, or buy them in a separate order.`
    )
  }
  return undefined
}
