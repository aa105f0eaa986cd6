import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bodies of the congress (county delegations, the District Leadership Council, the
 * Executive Committee, advisory committees, the youth congress), their memberships and
 * offices, and their meetings: agenda, attendance, minutes, motions, votes by name and
 * declared conflicts of interest.
 */
export class CreateBodies1795219240000 implements MigrationInterface {
  name = 'CreateBodies1795219240000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assemblies"."body" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "congress_id" uuid NOT NULL REFERENCES "assemblies"."congress" ("id") ON DELETE CASCADE,
        "kind" text NOT NULL CHECK ("kind" IN ('county-delegation', 'district-leadership-council', 'executive-committee', 'advisory-committee', 'youth-congress')),
        "code" text NOT NULL,
        "name" text NOT NULL CHECK (length(btrim("name")) > 0),
        "jurisdiction_id" uuid REFERENCES "assemblies"."jurisdiction" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("congress_id", "code"),
        CHECK (("kind" = 'county-delegation') = ("jurisdiction_id" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "body_kind_idx" ON "assemblies"."body" ("congress_id", "kind", "name")`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."body_membership" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "body_id" uuid NOT NULL REFERENCES "assemblies"."body" ("id") ON DELETE CASCADE,
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL,
        "office" text CHECK ("office" IN ('chair', 'vice-chair', 'secretary', 'public-relations-officer', 'historian')),
        "county_code" text,
        "district_code" text,
        "term_start" date NOT NULL,
        "term_end" date NOT NULL,
        "start_kind" text NOT NULL CHECK ("start_kind" IN ('assigned', 'elected')),
        "source_ref" text,
        "assigned_by" uuid,
        "ended_at" timestamptz,
        "end_reason" text CHECK ("end_reason" IN ('resigned', 'removed', 'term-completed')),
        "ended_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("term_end" > "term_start"),
        CHECK (("ended_at" IS NULL) = ("end_reason" IS NULL))
      )`);
    // No double membership and one holder per office, whatever races happen.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "body_membership_open_member_uq" ON "assemblies"."body_membership" ("body_id", "account_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "body_membership_open_office_uq" ON "assemblies"."body_membership" ("body_id", "office") WHERE "ended_at" IS NULL AND "office" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "body_membership_account_idx" ON "assemblies"."body_membership" ("account_id", "term_start")`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."body_meeting" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "body_id" uuid NOT NULL REFERENCES "assemblies"."body" ("id") ON DELETE CASCADE,
        "title" text NOT NULL,
        "place" text NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "minutes" text,
        "minutes_updated_at" timestamptz,
        "minutes_approved_at" timestamptz,
        "minutes_approved_by" uuid,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("minutes_approved_at" IS NULL OR "minutes" IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX "body_meeting_body_idx" ON "assemblies"."body_meeting" ("body_id", "starts_at")`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."body_agenda_item" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL REFERENCES "assemblies"."body_meeting" ("id") ON DELETE CASCADE,
        "position" int NOT NULL CHECK ("position" >= 1),
        "title" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        UNIQUE ("meeting_id", "position")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."body_attendance" (
        "meeting_id" uuid NOT NULL REFERENCES "assemblies"."body_meeting" ("id") ON DELETE CASCADE,
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL,
        "recorded_by" uuid NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("meeting_id", "account_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."body_motion" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "agenda_item_id" uuid NOT NULL REFERENCES "assemblies"."body_agenda_item" ("id") ON DELETE CASCADE,
        "text" text NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('open', 'closed')),
        "opened_by" uuid NOT NULL,
        "opened_at" timestamptz NOT NULL DEFAULT now(),
        "closed_at" timestamptz,
        CHECK (("status" = 'closed') = ("closed_at" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "body_motion_item_idx" ON "assemblies"."body_motion" ("agenda_item_id", "opened_at")`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."body_vote" (
        "motion_id" uuid NOT NULL REFERENCES "assemblies"."body_motion" ("id") ON DELETE CASCADE,
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL,
        "choice" text NOT NULL CHECK ("choice" IN ('yes', 'no', 'abstain')),
        "cast_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("motion_id", "account_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assemblies"."body_conflict" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "agenda_item_id" uuid NOT NULL REFERENCES "assemblies"."body_agenda_item" ("id") ON DELETE CASCADE,
        "account_id" uuid NOT NULL,
        "display_name" text NOT NULL,
        "reason" text NOT NULL CHECK (length("reason") BETWEEN 1 AND 500),
        "declared_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("agenda_item_id", "account_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assemblies"."body_conflict"`);
    await queryRunner.query(`DROP TABLE "assemblies"."body_vote"`);
    await queryRunner.query(`DROP TABLE "assemblies"."body_motion"`);
    await queryRunner.query(`DROP TABLE "assemblies"."body_attendance"`);
    await queryRunner.query(`DROP TABLE "assemblies"."body_agenda_item"`);
    await queryRunner.query(`DROP TABLE "assemblies"."body_meeting"`);
    await queryRunner.query(`DROP TABLE "assemblies"."body_membership"`);
    await queryRunner.query(`DROP TABLE "assemblies"."body"`);
  }
}
