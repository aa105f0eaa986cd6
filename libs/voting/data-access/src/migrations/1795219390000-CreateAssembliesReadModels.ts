import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createBodyMemberTable, dropBodyMemberTable } from '@civic/data-access';

/**
 * Read models of what assemblies owns, filled from its events: delegates' seat tenures (who
 * may vote in roll calls, for which county), attendees checked in at county meetings (the
 * in-room channel), the jurisdiction tree (results by district) and body memberships
 * (committee and council roll calls).
 */
export class CreateAssembliesReadModels1795219390000 implements MigrationInterface {
  name = 'CreateAssembliesReadModels1795219390000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // changed_at is the time of the change a row reflects: only a newer change replaces it.
    await queryRunner.query(`
      CREATE TABLE "voting"."delegate_seat" (
        "tenure_id" uuid PRIMARY KEY,
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL,
        "county_code" text NOT NULL,
        "seat_number" int NOT NULL,
        "active" boolean NOT NULL,
        "term_start" date NOT NULL,
        "term_end" date NOT NULL,
        "changed_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "delegate_seat_account_idx" ON "voting"."delegate_seat" ("account_id") WHERE "active"`);
    await queryRunner.query(`CREATE INDEX "delegate_seat_county_idx" ON "voting"."delegate_seat" ("county_code") WHERE "active"`);

    // A check-in is a fact that does not change: the first delivery stores it.
    await queryRunner.query(`
      CREATE TABLE "voting"."meeting_attendee" (
        "meeting_id" uuid NOT NULL,
        "account_id" uuid NOT NULL,
        "year" int NOT NULL,
        "county_code" text NOT NULL,
        "with_vote" boolean NOT NULL,
        "checked_in_at" timestamptz NOT NULL,
        PRIMARY KEY ("meeting_id", "account_id")
      )`);
    await queryRunner.query(`CREATE INDEX "meeting_attendee_account_year_idx" ON "voting"."meeting_attendee" ("account_id", "year")`);
    await queryRunner.query(`CREATE INDEX "meeting_attendee_county_year_idx" ON "voting"."meeting_attendee" ("county_code", "year")`);

    // Removed jurisdictions stay (flagged) so past results keep their place in the tree.
    await queryRunner.query(`
      CREATE TABLE "voting"."jurisdiction" (
        "code" text PRIMARY KEY,
        "name" text NOT NULL,
        "tier_level" int NOT NULL,
        "parent_code" text,
        "removed" boolean NOT NULL,
        "changed_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "jurisdiction_parent_idx" ON "voting"."jurisdiction" ("parent_code") WHERE NOT "removed"`);

    await createBodyMemberTable(queryRunner, 'voting');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropBodyMemberTable(queryRunner, 'voting');
    await queryRunner.query(`DROP TABLE "voting"."jurisdiction"`);
    await queryRunner.query(`DROP TABLE "voting"."meeting_attendee"`);
    await queryRunner.query(`DROP TABLE "voting"."delegate_seat"`);
  }
}
