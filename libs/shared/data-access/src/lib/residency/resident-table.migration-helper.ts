import type { QueryRunner } from 'typeorm';

/**
 * The residency read model's table (`ResidentEntity`) as it stands now, for tests' own
 * schemas. Services' migrations created it earlier and add later columns with the helpers
 * below.
 */
export async function createResidentTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  // effective_at is the time of the fact the row reflects: only a newer fact replaces it.
  await queryRunner.query(`
    CREATE TABLE "${schema}"."resident" (
      "account_id" uuid PRIMARY KEY,
      "jurisdiction_code" text NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('verified', 'revoked')),
      "verified_at" timestamptz,
      "effective_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "last_event_id" uuid NOT NULL,
      "display_name" text
    )`);
  await queryRunner.query(`CREATE INDEX "resident_jurisdiction_idx" ON "${schema}"."resident" ("jurisdiction_code") WHERE "status" = 'verified'`);
}

export async function dropResidentTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."resident"`);
}

/** The display name column (added later): the account's public name, carried by verifications. */
export async function addResidentDisplayName(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE "${schema}"."resident" ADD COLUMN "display_name" text`);
}

export async function dropResidentDisplayName(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE "${schema}"."resident" DROP COLUMN "display_name"`);
}
