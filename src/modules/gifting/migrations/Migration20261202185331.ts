import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Voucher units can be `held` for staff (an order over a voucher limit). */
export class Migration20261202185331 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "voucher_order" drop constraint if exists "voucher_order_status_check";`
    )
    this.addSql(
      `alter table if exists "voucher_order" add constraint "voucher_order_status_check" check("status" in ('pending', 'queued', 'processing', 'succeeded', 'failed', 'held'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "voucher_order" drop constraint if exists "voucher_order_status_check";`
    )
    this.addSql(
      `alter table if exists "voucher_order" add constraint "voucher_order_status_check" check("status" in ('pending', 'queued', 'processing', 'succeeded', 'failed'));`
    )
  }
}
