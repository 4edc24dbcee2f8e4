import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The claim window: deadline, claim state and outcome, timeline on the gift; the reminder ledger. */
export class Migration20261202184909 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "gift_order" add column if not exists "claim_started_at" timestamptz null, add column if not exists "claim_deadline" timestamptz null, add column if not exists "claim_state" text check ("claim_state" in ('open', 'claimed', 'expired', 'declined', 'closed')) not null default 'open', add column if not exists "claim_outcome" text check ("claim_outcome" in ('notify_staff', 'ship_to_buyer', 'cancel_and_refund')) null, add column if not exists "claim_next_at" timestamptz null, add column if not exists "claim_timeline" jsonb null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_gift_order_claim_state_claim_next_at" ON "gift_order" ("claim_state", "claim_next_at") WHERE deleted_at IS NULL AND claim_next_at IS NOT NULL;`
    )
    this.addSql(
      `create table if not exists "gift_reminder" ("id" text not null, "gift_order_id" text not null, "kind" text not null, "audience" text not null, "channel" text not null, "idempotency_key" text not null, "sent_at" timestamptz null, "notification_id" text null, "skipped_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gift_reminder_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_gift_reminder_deleted_at" ON "gift_reminder" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gift_reminder_idempotency_key_unique" ON "gift_reminder" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_gift_reminder_gift_order_id" ON "gift_reminder" ("gift_order_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gift_reminder" cascade;`)
    this.addSql(`drop index if exists "IDX_gift_order_claim_state_claim_next_at";`)
    this.addSql(
      `alter table if exists "gift_order" drop column if exists "claim_started_at", drop column if exists "claim_deadline", drop column if exists "claim_state", drop column if exists "claim_outcome", drop column if exists "claim_next_at", drop column if exists "claim_timeline";`
    )
  }
}
