import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Rows the jobs keep failing on: how many job runs in a row failed on the row,
 * and when and why it was parked (taken out of the due set for staff).
 */
export class Migration20261203064100 extends Migration {
  override async up(): Promise<void> {
    for (const table of ["gift_order", "voucher_order"]) {
      this.addSql(
        `alter table if exists "${table}" add column if not exists "job_failures" integer not null default 0, add column if not exists "parked_at" timestamptz null, add column if not exists "parked_reason" text null;`
      )
    }
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_gift_order_parked_at" ON "gift_order" ("parked_at") WHERE deleted_at IS NULL AND parked_at IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_order_parked_at" ON "voucher_order" ("parked_at") WHERE parked_at IS NOT NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_gift_order_parked_at";`)
    this.addSql(`drop index if exists "IDX_voucher_order_parked_at";`)
    for (const table of ["gift_order", "voucher_order"]) {
      this.addSql(
        `alter table if exists "${table}" drop column if exists "job_failures", drop column if exists "parked_at", drop column if exists "parked_reason";`
      )
    }
  }
}
