import { model } from "@medusajs/framework/utils"

/**
 * The ledger of claim-window messages (reminders, resent links, outcome
 * notices): one row per gift, message and channel, written before the message
 * is sent. `idempotency_key` is unique and is also the notification's
 * idempotency key, so a crash, a retry or a second worker never sends the
 * same reminder twice: the second insert loses on the index, and a row left
 * unsent by a crash is sent again with the same key.
 */
const GiftReminder = model
  .define("gift_reminder", {
    id: model.id({ prefix: "grem" }).primaryKey(),
    gift_order_id: model.text(),
    /** `reminder:<day>` (the reminder day), `resend:<key>` (staff) or `outcome:<outcome>`. */
    kind: model.text(),
    /** Who it is for: `recipient` or `buyer`. */
    audience: model.text(),
    channel: model.text(),
    idempotency_key: model.text(),
    sent_at: model.dateTime().nullable(),
    notification_id: model.text().nullable(),
    skipped_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["gift_order_id"], where: "deleted_at IS NULL" },
  ])

export default GiftReminder
