import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInboxTables, dropOutboxAndInboxTables } from '@civic/data-access';

/** Accounts, refresh tokens, signing keys, voter-roll import reports, outbox and inbox. */
export class CreateIdentitySchema1795219100000 implements MigrationInterface {
  name = 'CreateIdentitySchema1795219100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "identity"`);
    await createOutboxAndInboxTables(queryRunner, 'identity');
    await queryRunner.query(`
      CREATE TABLE "identity"."account" (
        "id" uuid PRIMARY KEY,
        "email" text NOT NULL CHECK ("email" = lower(btrim("email"))),
        "display_name" text NOT NULL,
        "password_hash" text NOT NULL,
        "roles" text[] NOT NULL CHECK ("roles" <@ ARRAY['resident','staff','admin']::text[]),
        "failed_sign_in_count" int NOT NULL DEFAULT 0,
        "locked_until" timestamptz,
        "residency_jurisdiction_code" text,
        "residency_status" text NOT NULL DEFAULT 'unverified'
          CHECK ("residency_status" IN ('unverified','verified','revoked')),
        "residency_method" text CHECK ("residency_method" IN ('staff-in-person','voter-roll','self-declared')),
        "residency_verified_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "account_verified_has_jurisdiction"
          CHECK ("residency_status" <> 'verified' OR "residency_jurisdiction_code" IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "account_email_key" ON "identity"."account" ("email")`);
    await queryRunner.query(`CREATE INDEX "account_residency_idx" ON "identity"."account" ("residency_jurisdiction_code", "residency_status")`);
    await queryRunner.query(`CREATE INDEX "account_created_idx" ON "identity"."account" ("created_at", "id")`);
    await queryRunner.query(`
      CREATE TABLE "identity"."refresh_token" (
        "id" uuid PRIMARY KEY,
        "account_id" uuid NOT NULL REFERENCES "identity"."account" ("id") ON DELETE CASCADE,
        "family_id" uuid NOT NULL,
        "token_hash" bytea NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "rotated_at" timestamptz,
        "revoked_at" timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_token_hash_key" ON "identity"."refresh_token" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "refresh_token_family_idx" ON "identity"."refresh_token" ("family_id")`);
    await queryRunner.query(`CREATE INDEX "refresh_token_expires_idx" ON "identity"."refresh_token" ("expires_at")`);
    await queryRunner.query(`
      CREATE TABLE "identity"."signing_key" (
        "kid" text PRIMARY KEY,
        "algorithm" text NOT NULL,
        "public_jwk" jsonb NOT NULL,
        "private_jwk" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "retired_at" timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE "identity"."voter_roll_import" (
        "id" uuid PRIMARY KEY,
        "imported_by" uuid NOT NULL,
        "file_name" text,
        "accepted" int NOT NULL,
        "rejected" int NOT NULL,
        "newly_verified" int NOT NULL,
        "rejections" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."voter_roll_import"`);
    await queryRunner.query(`DROP TABLE "identity"."signing_key"`);
    await queryRunner.query(`DROP TABLE "identity"."refresh_token"`);
    await queryRunner.query(`DROP TABLE "identity"."account"`);
    await dropOutboxAndInboxTables(queryRunner, 'identity');
  }
}
