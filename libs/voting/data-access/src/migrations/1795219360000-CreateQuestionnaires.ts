import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateQuestionnaires1795219360000 implements MigrationInterface {
  name = 'CreateQuestionnaires1795219360000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "voting"."questionnaire" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "year" int NOT NULL CONSTRAINT "questionnaire_year_key" UNIQUE,
        "status" text NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'open', 'closed', 'certified')),
        "opens_at" timestamptz,
        "closes_at" timestamptz,
        "opened_by" uuid,
        "closed_by" uuid,
        "certified_at" timestamptz,
        "certified_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // A county-local question is exactly one from a citizen resolution introduced in that
    // county; questions drawn from resolutions name it. The partial unique index makes a
    // resolution's question appear once per questionnaire (and county), however often the
    // event announcing it is delivered.
    await queryRunner.query(`
      CREATE TABLE "voting"."questionnaire_question" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "position" int NOT NULL CHECK ("position" > 0),
        "source" text NOT NULL CHECK ("source" IN ('agency', 'board', 'advisory', 'county-resolution')),
        "text" text NOT NULL,
        "background" text NOT NULL DEFAULT '',
        "county_code" text,
        "resolution_id" uuid,
        "resolution_number" text,
        "choices" text[] NOT NULL DEFAULT ARRAY['yes', 'no', 'abstain'] CHECK (cardinality("choices") BETWEEN 2 AND 10),
        "added_by" uuid,
        "source_event_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "questionnaire_question_position_key" UNIQUE ("questionnaire_id", "position"),
        CONSTRAINT "questionnaire_question_county_check" CHECK (("source" = 'county-resolution') = ("county_code" IS NOT NULL)),
        CONSTRAINT "questionnaire_question_resolution_check" CHECK (("source" IN ('advisory', 'county-resolution')) = ("resolution_id" IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "questionnaire_question_resolution_key" ON "voting"."questionnaire_question" ("questionnaire_id", "resolution_id", "county_code")
        NULLS NOT DISTINCT WHERE "resolution_id" IS NOT NULL`);
    // One row per question and county: re-entry replaces it until a second staff member
    // confirms it; the database itself refuses a confirmation by the person who entered it.
    await queryRunner.query(`
      CREATE TABLE "voting"."paper_totals" (
        "question_id" uuid NOT NULL REFERENCES "voting"."questionnaire_question" ("id"),
        "county_code" text NOT NULL,
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "counts" jsonb NOT NULL,
        "entered_by" uuid NOT NULL,
        "entered_at" timestamptz NOT NULL,
        "confirmed_by" uuid,
        "confirmed_at" timestamptz,
        PRIMARY KEY ("question_id", "county_code"),
        CONSTRAINT "paper_totals_confirmation_check" CHECK (("confirmed_by" IS NULL) = ("confirmed_at" IS NULL)),
        CONSTRAINT "paper_totals_second_confirmer_check" CHECK ("confirmed_by" IS NULL OR "confirmed_by" <> "entered_by")
      )`);
    await queryRunner.query(`CREATE INDEX "paper_totals_county_idx" ON "voting"."paper_totals" ("questionnaire_id", "county_code")`);
    await queryRunner.query(`
      CREATE TABLE "voting"."question_result" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "question_id" uuid NOT NULL REFERENCES "voting"."questionnaire_question" ("id") CONSTRAINT "question_result_question_key" UNIQUE,
        "counts" jsonb NOT NULL,
        "counties_in_favour" int NOT NULL,
        "counties_counted" int NOT NULL,
        "passed" boolean,
        "certified_at" timestamptz NOT NULL,
        "certified_by" uuid NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "voting"."county_result" (
        "result_id" uuid NOT NULL REFERENCES "voting"."question_result" ("id") ON DELETE CASCADE,
        "county_code" text NOT NULL,
        "counts" jsonb NOT NULL,
        "by_channel" jsonb NOT NULL,
        "in_favour" boolean,
        PRIMARY KEY ("result_id", "county_code")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting"."county_result"`);
    await queryRunner.query(`DROP TABLE "voting"."question_result"`);
    await queryRunner.query(`DROP TABLE "voting"."paper_totals"`);
    await queryRunner.query(`DROP TABLE "voting"."questionnaire_question"`);
    await queryRunner.query(`DROP TABLE "voting"."questionnaire"`);
  }
}
