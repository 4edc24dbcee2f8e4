// Compile-time check (root `tsc`): the response types the admin extensions
// declare in src/admin/lib/types.ts (kept free of server imports) are the ones
// the routes export. A route changing its answer fails the type check here.
import type * as Admin from "../../src/admin/lib/types"
import type { AdminListGiftOrdersResponse } from "../../src/api/admin/gifting/gift-orders/route"
import type { AdminGiftOrderResponse } from "../../src/api/admin/gifting/orders/[order_id]/route"
import type { AdminOrderVouchersResponse } from "../../src/api/admin/gifting/orders/[order_id]/vouchers/route"
import type { AdminGiftingStatusResponse } from "../../src/api/admin/gifting/status/route"
import type { AdminUgiftmeCatalogProduct } from "../../src/api/admin/gifting/ugiftme/catalog/route"
import type { AdminVoucherProductListResponse } from "../../src/api/admin/gifting/voucher-products/route"

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

export const adminResponseTypesMatchRoutes: [
  Same<Admin.AdminGiftingStatusResponse, AdminGiftingStatusResponse>,
  Same<Admin.AdminGiftOrderResponse, AdminGiftOrderResponse>,
  Same<Admin.AdminListGiftOrdersResponse, AdminListGiftOrdersResponse>,
  Same<Admin.AdminOrderVouchersResponse, AdminOrderVouchersResponse>,
  Same<Admin.AdminVoucherProductListResponse, AdminVoucherProductListResponse>,
  Same<Admin.AdminUgiftmeCatalogProduct, AdminUgiftmeCatalogProduct>,
] = [true, true, true, true, true, true]
