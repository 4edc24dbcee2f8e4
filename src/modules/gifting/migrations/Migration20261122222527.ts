import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122222527 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "gift_order" drop constraint if exists "gift_order_order_id_unique";`)
    this.addSql(
      `create table if not exists "gift_order" ("id" text not null, "order_id" text not null, "giftyzet_order_id" text null, "order_number" text null, "recipient_link" text null, "status" text check ("status" in ('pending', 'confirmed', 'dispatched', 'delivered', 'cancelled')) not null default 'pending', "recipient_name" text null, "recipient_email" text null, "recipient_phone" text null, "recipient_address" text null, "confirmed_at" timestamptz null, "sync_state" text check ("sync_state" in ('waiting', 'synced', 'failed')) not null default 'waiting', "sync_attempts" integer not null default 0, "last_error" text null, "next_attempt_at" timestamptz null, "last_polled_at" timestamptz null, "next_poll_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gift_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_gift_order_deleted_at" ON "gift_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gift_order_order_id_unique" ON "gift_order" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_gift_order_giftyzet_order_id" ON "gift_order" ("giftyzet_order_id") WHERE deleted_at IS NULL AND giftyzet_order_id IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_gift_order_sync_state_next_attempt_at" ON "gift_order" ("sync_state", "next_attempt_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_gift_order_status_next_poll_at" ON "gift_order" ("status", "next_poll_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gift_order" cascade;`)
  }
}
