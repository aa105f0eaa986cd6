import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSeatsAndConfiguration1795219210000 implements MigrationInterface {
  name = 'CreateSeatsAndConfiguration1795219210000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assemblies"."congress_configuration" (
        "congress_id" uuid PRIMARY KEY REFERENCES "assemblies"."congress" ("id") ON DELETE CASCADE,
        "version" int NOT NULL CHECK ("version" >= 1),
        "document" jsonb NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "updated_by" uuid
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."configuration_change" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "congress_id" uuid NOT NULL REFERENCES "assemblies"."congress" ("id") ON DELETE CASCADE,
        "version" int NOT NULL,
        "section" text NOT NULL,
        "changed_at" timestamptz NOT NULL DEFAULT now(),
        "changed_by" uuid NOT NULL,
        "reason" text NOT NULL CHECK (length(btrim("reason")) > 0),
        "changes" jsonb NOT NULL,
        UNIQUE ("congress_id", "version")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."seat" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "congress_id" uuid NOT NULL REFERENCES "assemblies"."congress" ("id") ON DELETE CASCADE,
        "jurisdiction_id" uuid NOT NULL REFERENCES "assemblies"."jurisdiction" ("id") ON DELETE CASCADE,
        "number" int NOT NULL CHECK ("number" >= 1),
        "class_code" text NOT NULL,
        UNIQUE ("jurisdiction_id", "number")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."tenure" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "seat_id" uuid NOT NULL REFERENCES "assemblies"."seat" ("id") ON DELETE CASCADE,
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL,
        "term_start" date NOT NULL,
        "term_end" date NOT NULL,
        "term_start_year" int NOT NULL,
        "term_end_year" int NOT NULL,
        "start_kind" text NOT NULL CHECK ("start_kind" IN ('elected', 'appointed', 'extended')),
        "started_by" uuid,
        "start_reason" text,
        "ended_at" timestamptz,
        "end_reason" text CHECK ("end_reason" IN ('resigned', 'removed', 'extended', 'term-completed')),
        "end_note" text,
        "ended_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("term_end" >= "term_start"),
        CHECK (("ended_at" IS NULL) = ("end_reason" IS NULL))
      )`);
    // The seat's holder: at most one open tenure per seat, whatever races happen.
    await queryRunner.query(`CREATE UNIQUE INDEX "tenure_open_seat_uq" ON "assemblies"."tenure" ("seat_id") WHERE "ended_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "tenure_account_idx" ON "assemblies"."tenure" ("account_id", "term_start")`);
    await queryRunner.query(`CREATE INDEX "tenure_seat_idx" ON "assemblies"."tenure" ("seat_id", "term_start")`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."term_extension" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "congress_id" uuid NOT NULL REFERENCES "assemblies"."congress" ("id") ON DELETE CASCADE,
        "cancelled_year" int NOT NULL,
        "reason" text NOT NULL,
        "extended_by" uuid NOT NULL,
        "extended_at" timestamptz NOT NULL DEFAULT now(),
        "tenures_extended" int NOT NULL,
        UNIQUE ("congress_id", "cancelled_year")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assemblies"."term_extension"`);
    await queryRunner.query(`DROP TABLE "assemblies"."tenure"`);
    await queryRunner.query(`DROP TABLE "assemblies"."seat"`);
    await queryRunner.query(`DROP TABLE "assemblies"."configuration_change"`);
    await queryRunner.query(`DROP TABLE "assemblies"."congress_configuration"`);
  }
}
