// Shapes of the plugin's admin routes, shared with the extensions. Kept as
// type-only imports so nothing server-side ends up in the admin bundle.
export type { AdminGiftingStatusResponse } from "../../api/admin/gifting/status/route"
export type { GiftingPartnersStatus, PartnerStatus } from "../../modules/gifting/partner-status"
