import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherProductRecord } from "../../../lib/gifting/voucher-order-records"
import type { ValidatedVoucherProduct } from "./validate-voucher-product"

/** Creates a mapping; compensation removes it. */
export const createVoucherProductStep = createStep(
  "create-voucher-product",
  async (data: ValidatedVoucherProduct, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const created = (await gifting.createVoucherProducts(data)) as VoucherProductRecord
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<GiftingModuleService>(GIFTING_MODULE).deleteVoucherProducts(id)
  }
)

/** Updates a mapping; compensation puts the previous values back. */
export const updateVoucherProductStep = createStep(
  "update-voucher-product",
  async ({ id, data }: { id: string; data: ValidatedVoucherProduct }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const previous = (await gifting.retrieveVoucherProduct(id)) as VoucherProductRecord
    const updated = (await gifting.updateVoucherProducts({ id, ...data })) as VoucherProductRecord
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, variant_id, product_code, merchant, currency, face_value_mode, fixed_value, product_name } =
      previous
    await container.resolve<GiftingModuleService>(GIFTING_MODULE).updateVoucherProducts({
      id,
      variant_id,
      product_code,
      merchant,
      currency,
      face_value_mode,
      fixed_value,
      product_name,
      catalog_active: previous.catalog_active,
      catalog_flag: previous.catalog_flag,
      catalog_updated_at: previous.catalog_updated_at,
    })
  }
)

/**
 * Removes a mapping (soft delete: vouchers already owed keep their frozen
 * product); compensation restores it.
 */
export const deleteVoucherProductStep = createStep(
  "delete-voucher-product",
  async ({ id }: { id: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    await gifting.retrieveVoucherProduct(id)
    await gifting.softDeleteVoucherProducts(id)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<GiftingModuleService>(GIFTING_MODULE).restoreVoucherProducts(id)
  }
)
