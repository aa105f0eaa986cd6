import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roles with a scope (issue 12): the counties a clerk serves, on the account beside its
 * roles, and the history of every grant and revoke (`role_change`, append-only for the
 * service's role: see identityPrivileges).
 */
export class AddRoleGrantsAndHistory1795219480000 implements MigrationInterface {
  name = 'AddRoleGrantsAndHistory1795219480000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "identity"."account"
        DROP CONSTRAINT "account_roles_check",
        ADD CONSTRAINT "account_roles_check" CHECK ("roles" <@ ARRAY['resident','clerk','staff','board','observer','admin']::text[]),
        ADD COLUMN "clerk_of" text[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT "account_clerk_of_only_for_clerks" CHECK ('clerk' = ANY("roles") OR cardinality("clerk_of") = 0)`);
    await queryRunner.query(`
      CREATE TABLE "identity"."role_change" (
        "id" uuid PRIMARY KEY,
        "account_id" uuid NOT NULL REFERENCES "identity"."account" ("id"),
        "action" text NOT NULL CHECK ("action" IN ('grant','revoke')),
        "role" text NOT NULL CHECK ("role" IN ('clerk','staff','board','observer','admin')),
        "counties" text[] NOT NULL DEFAULT '{}',
        "reason" text NOT NULL CHECK (length(btrim("reason")) > 0),
        "changed_by" uuid,
        "changed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "role_change_counties_only_for_clerks" CHECK ("role" = 'clerk' OR cardinality("counties") = 0)
      )`);
    await queryRunner.query(`CREATE INDEX "role_change_account_idx" ON "identity"."role_change" ("account_id", "changed_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."role_change"`);
    // Accounts holding the new roles keep what the old schema allows.
    await queryRunner.query(`
      UPDATE "identity"."account"
         SET "roles" = ARRAY(SELECT r FROM unnest("roles") AS r WHERE r IN ('resident','staff','admin'))
       WHERE NOT ("roles" <@ ARRAY['resident','staff','admin']::text[])`);
    await queryRunner.query(`
      ALTER TABLE "identity"."account"
        DROP CONSTRAINT "account_clerk_of_only_for_clerks",
        DROP COLUMN "clerk_of",
        DROP CONSTRAINT "account_roles_check",
        ADD CONSTRAINT "account_roles_check" CHECK ("roles" <@ ARRAY['resident','staff','admin']::text[])`);
  }
}
