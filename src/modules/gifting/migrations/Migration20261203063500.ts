import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Voucher keys have an age and a send count, and units whose outcome stays unknown are `parked` for staff. */
export class Migration20261203063500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "voucher_order" add column if not exists "key_sent_at" timestamptz null, add column if not exists "key_sends" integer not null default 0;`
    )
    this.addSql(
      `alter table if exists "voucher_order" drop constraint if exists "voucher_order_status_check";`
    )
    this.addSql(
      `alter table if exists "voucher_order" add constraint "voucher_order_status_check" check("status" in ('pending', 'queued', 'processing', 'succeeded', 'failed', 'held', 'cancelled', 'parked'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "voucher_order" drop constraint if exists "voucher_order_status_check";`
    )
    this.addSql(
      `alter table if exists "voucher_order" add constraint "voucher_order_status_check" check("status" in ('pending', 'queued', 'processing', 'succeeded', 'failed', 'held', 'cancelled'));`
    )
    this.addSql(
      `alter table if exists "voucher_order" drop column if exists "key_sent_at", drop column if exists "key_sends";`
    )
  }
}
