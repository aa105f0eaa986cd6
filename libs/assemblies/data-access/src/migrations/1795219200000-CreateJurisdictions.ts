import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInboxTables, dropOutboxAndInboxTables } from '@civic/data-access';

export class CreateJurisdictions1795219200000 implements MigrationInterface {
  name = 'CreateJurisdictions1795219200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxAndInboxTables(queryRunner, 'assemblies');
    await queryRunner.query(`
      CREATE TABLE "assemblies"."congress" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "slug" text NOT NULL UNIQUE,
        "name" text NOT NULL,
        "short_name" text NOT NULL,
        "time_zone" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."tier" (
        "congress_id" uuid NOT NULL REFERENCES "assemblies"."congress" ("id") ON DELETE CASCADE,
        "level" int NOT NULL CHECK ("level" >= 0),
        "name" text NOT NULL,
        "plural_name" text NOT NULL,
        PRIMARY KEY ("congress_id", "level")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."jurisdiction" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "congress_id" uuid NOT NULL REFERENCES "assemblies"."congress" ("id") ON DELETE CASCADE,
        "code" text NOT NULL UNIQUE,
        "name" text NOT NULL,
        "tier_level" int NOT NULL,
        "parent_id" uuid REFERENCES "assemblies"."jurisdiction" ("id"),
        "population" int CHECK ("population" >= 0),
        "seat" text,
        FOREIGN KEY ("congress_id", "tier_level") REFERENCES "assemblies"."tier" ("congress_id", "level")
      )`);
    await queryRunner.query(`CREATE INDEX "jurisdiction_parent_idx" ON "assemblies"."jurisdiction" ("parent_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assemblies"."jurisdiction"`);
    await queryRunner.query(`DROP TABLE "assemblies"."tier"`);
    await queryRunner.query(`DROP TABLE "assemblies"."congress"`);
    await dropOutboxAndInboxTables(queryRunner, 'assemblies');
  }
}
