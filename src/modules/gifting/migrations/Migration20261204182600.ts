import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The voucher poll's keyset pages (`listDueVoucherOrders`): units in due order
 * (`next_poll_at`, then id), so a page starts past the last row's time and id
 * and reads only the page, however many units are due.
 */
export class Migration20261204182600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_order_next_poll_at_id" ON "voucher_order" ("next_poll_at", "id") WHERE next_poll_at IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_voucher_order_next_poll_at_id";`)
  }
}
