import type { QueryRunner } from 'typeorm';

/**
 * The residency read model's table (`ResidentEntity`), for a consuming service's
 * migration. Kept as a helper so every consumer creates it identically; later changes
 * get their own migrations.
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
      "last_event_id" uuid NOT NULL
    )`);
  await queryRunner.query(`CREATE INDEX "resident_jurisdiction_idx" ON "${schema}"."resident" ("jurisdiction_code") WHERE "status" = 'verified'`);
}

export async function dropResidentTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."resident"`);
}
