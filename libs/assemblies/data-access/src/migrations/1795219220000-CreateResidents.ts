import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateResidents1795219220000 implements MigrationInterface {
  name = 'CreateResidents1795219220000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A read model of identity's residency events; effective_at is the time of the fact
    // the row reflects, and only a newer fact replaces it.
    await queryRunner.query(`
      CREATE TABLE "assemblies"."resident" (
        "account_id" uuid PRIMARY KEY,
        "jurisdiction_code" text NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('verified', 'revoked')),
        "verified_at" timestamptz,
        "effective_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "last_event_id" uuid NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "resident_jurisdiction_idx" ON "assemblies"."resident" ("jurisdiction_code") WHERE "status" = 'verified'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assemblies"."resident"`);
  }
}
