import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122231254 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "voucher_webhook" drop constraint if exists "voucher_webhook_webhook_id_unique";`
    )
    this.addSql(
      `alter table if exists "voucher_wallet_balance" drop constraint if exists "voucher_wallet_balance_currency_unique";`
    )
    this.addSql(
      `alter table if exists "voucher_product" drop constraint if exists "voucher_product_variant_id_unique";`
    )
    this.addSql(
      `alter table if exists "voucher_order" drop constraint if exists "voucher_order_line_item_id_unit_index_unique";`
    )
    this.addSql(
      `alter table if exists "voucher_order" drop constraint if exists "voucher_order_idempotency_key_unique";`
    )
    this.addSql(
      `create table if not exists "voucher_order" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "unit_index" integer not null, "idempotency_key" text not null, "key_generation" integer not null default 0, "order_request_id" text null, "ugiftme_order_id" text null, "status" text check ("status" in ('pending', 'queued', 'processing', 'succeeded', 'failed')) not null default 'pending', "error" text null, "recipient_email" text not null, "recipient_name" text null, "gift_message" text null, "product_code" text not null, "merchant" text not null, "value" numeric not null, "currency" text not null, "voucher_product_id" text null, "fulfillment_id" text null, "next_poll_at" timestamptz null, "attempts" integer not null default 0, "completed_at" timestamptz null, "raw_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_order_deleted_at" ON "voucher_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_order_idempotency_key_unique" ON "voucher_order" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_order_line_item_id_unit_index_unique" ON "voucher_order" ("line_item_id", "unit_index") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_order_order_request_id" ON "voucher_order" ("order_request_id") WHERE order_request_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_order_status_next_poll_at" ON "voucher_order" ("status", "next_poll_at") WHERE next_poll_at IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_order_order_id" ON "voucher_order" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_order_fulfillment_id" ON "voucher_order" ("fulfillment_id") WHERE fulfillment_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "voucher_product" ("id" text not null, "variant_id" text not null, "product_code" text not null, "merchant" text not null, "currency" text not null, "face_value_mode" text check ("face_value_mode" in ('variant_price', 'fixed')) not null default 'variant_price', "fixed_value" numeric null, "product_name" text null, "catalog_active" boolean not null default true, "catalog_flag" text null, "catalog_updated_at" timestamptz null, "raw_fixed_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_product_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_product_deleted_at" ON "voucher_product" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_product_variant_id_unique" ON "voucher_product" ("variant_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_product_product_code" ON "voucher_product" ("product_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "voucher_wallet_balance" ("id" text not null, "currency" text not null, "balance" numeric not null, "available_balance" numeric null, "source" text null, "reported_at" timestamptz not null, "raw_balance" jsonb not null, "raw_available_balance" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_wallet_balance_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_wallet_balance_deleted_at" ON "voucher_wallet_balance" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_wallet_balance_currency_unique" ON "voucher_wallet_balance" ("currency") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "voucher_webhook" ("id" text not null, "webhook_id" text not null, "url" text not null, "events" text[] not null, "secret" text not null, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "voucher_webhook_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_voucher_webhook_deleted_at" ON "voucher_webhook" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_voucher_webhook_webhook_id_unique" ON "voucher_webhook" ("webhook_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "voucher_order" cascade;`)

    this.addSql(`drop table if exists "voucher_product" cascade;`)

    this.addSql(`drop table if exists "voucher_wallet_balance" cascade;`)

    this.addSql(`drop table if exists "voucher_webhook" cascade;`)
  }
}
