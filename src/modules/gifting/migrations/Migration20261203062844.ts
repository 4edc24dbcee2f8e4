import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A status report Giftyzet has not acknowledged is kept on the gift for retry; voucher units can be `cancelled`. */
export class Migration20261203062844 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "voucher_order" drop constraint if exists "voucher_order_status_check";`
    )

    this.addSql(
      `alter table if exists "gift_order" add column if not exists "status_report" text check ("status_report" in ('dispatched', 'delivered', 'cancelled')) null, add column if not exists "status_report_attempts" integer not null default 0, add column if not exists "status_report_next_at" timestamptz null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_gift_order_status_report_next_at" ON "gift_order" ("status_report_next_at") WHERE deleted_at IS NULL AND status_report_next_at IS NOT NULL;`
    )

    this.addSql(
      `alter table if exists "voucher_order" add constraint "voucher_order_status_check" check("status" in ('pending', 'queued', 'processing', 'succeeded', 'failed', 'held', 'cancelled'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "voucher_order" drop constraint if exists "voucher_order_status_check";`
    )

    this.addSql(`drop index if exists "IDX_gift_order_status_report_next_at";`)
    this.addSql(
      `alter table if exists "gift_order" drop column if exists "status_report", drop column if exists "status_report_attempts", drop column if exists "status_report_next_at";`
    )

    this.addSql(
      `alter table if exists "voucher_order" add constraint "voucher_order_status_check" check("status" in ('pending', 'queued', 'processing', 'succeeded', 'failed', 'held'));`
    )
  }
}
