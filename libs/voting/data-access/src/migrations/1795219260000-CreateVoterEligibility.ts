import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInboxTables, dropOutboxAndInboxTables } from '@civic/data-access';

export class CreateVoterEligibility1795219260000 implements MigrationInterface {
  name = 'CreateVoterEligibility1795219260000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxAndInboxTables(queryRunner, 'voting');
    // effective_at is the time of the residency fact the row reflects; newer facts win.
    await queryRunner.query(`
      CREATE TABLE "voting"."voter_eligibility" (
        "account_id" uuid PRIMARY KEY,
        "jurisdiction_code" text NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('eligible', 'revoked')),
        "method" text CHECK ("method" IN ('staff-in-person', 'voter-roll', 'self-declared')),
        "verified_at" timestamptz,
        "effective_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "last_event_id" uuid NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "voter_eligibility_jurisdiction_idx" ON "voting"."voter_eligibility" ("jurisdiction_code") WHERE "status" = 'eligible'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting"."voter_eligibility"`);
    await dropOutboxAndInboxTables(queryRunner, 'voting');
  }
}
