import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCountyMeetings1795219220100 implements MigrationInterface {
  name = 'CreateCountyMeetings1795219220100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assemblies"."county_meeting" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "jurisdiction_id" uuid NOT NULL REFERENCES "assemblies"."jurisdiction" ("id"),
        "year" int NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
        "place" text NOT NULL CHECK (length("place") BETWEEN 1 AND 200),
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz NOT NULL,
        "status" text NOT NULL DEFAULT 'scheduled' CHECK ("status" IN ('scheduled', 'open', 'closed')),
        "opened_at" timestamptz,
        "closed_at" timestamptz,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "county_meeting_jurisdiction_year_key" UNIQUE ("jurisdiction_id", "year"),
        CHECK ("ends_at" > "starts_at")
      )`);
    await queryRunner.query(`CREATE INDEX "county_meeting_year_idx" ON "assemblies"."county_meeting" ("year", "starts_at")`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."county_meeting_agenda_item" (
        "meeting_id" uuid NOT NULL REFERENCES "assemblies"."county_meeting" ("id") ON DELETE CASCADE,
        "position" int NOT NULL CHECK ("position" >= 1),
        "title" text NOT NULL CHECK (length("title") BETWEEN 1 AND 200),
        "description" text NOT NULL DEFAULT '',
        PRIMARY KEY ("meeting_id", "position")
      )`);
    // with_vote follows from the reason, and the database keeps the two in step.
    await queryRunner.query(`
      CREATE TABLE "assemblies"."county_meeting_attendance" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL REFERENCES "assemblies"."county_meeting" ("id") ON DELETE CASCADE,
        "account_id" uuid,
        "name" text CHECK (length("name") BETWEEN 1 AND 200),
        "with_vote" boolean NOT NULL,
        "reason" text NOT NULL
          CHECK ("reason" IN ('verified-resident', 'walk-in', 'not-verified', 'residency-revoked', 'resident-elsewhere')),
        "checked_in_at" timestamptz NOT NULL DEFAULT now(),
        "checked_in_by" uuid NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("account_id" IS NOT NULL OR "name" IS NOT NULL),
        CHECK ("with_vote" = ("reason" = 'verified-resident'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "county_meeting_attendance_account_key" ON "assemblies"."county_meeting_attendance" ("meeting_id", "account_id") WHERE "account_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "county_meeting_attendance_meeting_idx" ON "assemblies"."county_meeting_attendance" ("meeting_id", "checked_in_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assemblies"."county_meeting_attendance"`);
    await queryRunner.query(`DROP TABLE "assemblies"."county_meeting_agenda_item"`);
    await queryRunner.query(`DROP TABLE "assemblies"."county_meeting"`);
  }
}
