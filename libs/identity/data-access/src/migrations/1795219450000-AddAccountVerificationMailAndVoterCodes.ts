import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts people can trust (issue 12): verified emails and a language on accounts,
 * single-use account tokens (email verification, password reset), the mail outbox, and the
 * voter roll kept as entries that a person claims with a one-time voter code — one roll
 * identity backs at most one account.
 */
export class AddAccountVerificationMailAndVoterCodes1795219450000 implements MigrationInterface {
  name = 'AddAccountVerificationMailAndVoterCodes1795219450000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "identity"."account"
        ADD COLUMN "email_verified_at" timestamptz,
        ADD COLUMN "language" text CHECK ("language" IN ('en','es'))`);
    await queryRunner.query(`
      CREATE TABLE "identity"."account_token" (
        "id" uuid PRIMARY KEY,
        "account_id" uuid NOT NULL REFERENCES "identity"."account" ("id") ON DELETE CASCADE,
        "purpose" text NOT NULL CHECK ("purpose" IN ('email-verification','password-reset')),
        "email" text NOT NULL,
        "secret_hash" bytea NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "failed_attempts" int NOT NULL DEFAULT 0 CHECK ("failed_attempts" >= 0),
        "used_at" timestamptz,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "account_token_account_idx" ON "identity"."account_token" ("account_id", "purpose")`);
    await queryRunner.query(`CREATE INDEX "account_token_expires_idx" ON "identity"."account_token" ("expires_at")`);
    await queryRunner.query(`
      CREATE TABLE "identity"."mail_outbox" (
        "id" uuid PRIMARY KEY,
        "recipient" text NOT NULL,
        "template" text NOT NULL,
        "language" text NOT NULL,
        "subject" text NOT NULL,
        "body_text" text NOT NULL,
        "status" text NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending','sent','failed')),
        "attempts" int NOT NULL DEFAULT 0,
        "last_error" text,
        "next_attempt_at" timestamptz NOT NULL DEFAULT now(),
        "sent_at" timestamptz,
        "message_id" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "mail_outbox_sent_has_time" CHECK (("status" = 'sent') = ("sent_at" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "mail_outbox_due_idx" ON "identity"."mail_outbox" ("next_attempt_at") WHERE "status" = 'pending'`);
    await queryRunner.query(`CREATE INDEX "mail_outbox_recipient_idx" ON "identity"."mail_outbox" ("recipient", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "identity"."voter_roll_entry" (
        "id" uuid PRIMARY KEY,
        "voter_id" text NOT NULL,
        "first_name" text NOT NULL,
        "last_name" text NOT NULL,
        "email" text,
        "jurisdiction_code" text NOT NULL,
        "import_id" uuid,
        "claimed_by" uuid REFERENCES "identity"."account" ("id") ON DELETE SET NULL,
        "claimed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "voter_roll_entry_voter_id_key" UNIQUE ("voter_id"),
        CONSTRAINT "voter_roll_entry_claimed_by_key" UNIQUE ("claimed_by")
      )`);
    await queryRunner.query(`CREATE INDEX "voter_roll_entry_jurisdiction_idx" ON "identity"."voter_roll_entry" ("jurisdiction_code")`);
    await queryRunner.query(`
      CREATE TABLE "identity"."voter_code" (
        "roll_entry_id" uuid PRIMARY KEY REFERENCES "identity"."voter_roll_entry" ("id") ON DELETE CASCADE,
        "code_hash" bytea NOT NULL,
        "issued_by" uuid NOT NULL,
        "issued_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "failed_attempts" int NOT NULL DEFAULT 0 CHECK ("failed_attempts" >= 0),
        "used_at" timestamptz,
        "used_by" uuid
      )`);
    // Imports no longer verify anyone: they add or update roll entries.
    await queryRunner.query(`ALTER TABLE "identity"."voter_roll_import" RENAME COLUMN "newly_verified" TO "added"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."voter_roll_import" RENAME COLUMN "added" TO "newly_verified"`);
    await queryRunner.query(`DROP TABLE "identity"."voter_code"`);
    await queryRunner.query(`DROP TABLE "identity"."voter_roll_entry"`);
    await queryRunner.query(`DROP TABLE "identity"."mail_outbox"`);
    await queryRunner.query(`DROP TABLE "identity"."account_token"`);
    await queryRunner.query(`ALTER TABLE "identity"."account" DROP COLUMN "language", DROP COLUMN "email_verified_at"`);
  }
}
