import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Body elections share the election tables: a delegation's officers, a district's council
 * members, the Executive Committee's officers. They belong to a body instead of a county
 * meeting; a council candidate carries their county as the group of the one-per-county rule.
 */
export class AddBodyElections1795219250000 implements MigrationInterface {
  name = 'AddBodyElections1795219250000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assemblies"."election" DROP CONSTRAINT "election_kind_check"`);
    await queryRunner.query(`ALTER TABLE "assemblies"."election" DROP CONSTRAINT "election_electorate_kind_check"`);
    await queryRunner.query(`
      ALTER TABLE "assemblies"."election"
        ADD CONSTRAINT "election_kind_check" CHECK ("kind" IN ('county-delegates', 'delegation-officer', 'council-members', 'executive-officer')),
        ADD CONSTRAINT "election_electorate_kind_check" CHECK ("electorate_kind" IN ('county-meeting', 'county-delegation', 'district-delegates', 'council')),
        ALTER COLUMN "meeting_id" DROP NOT NULL,
        ALTER COLUMN "jurisdiction_id" DROP NOT NULL,
        ADD COLUMN "body_id" uuid REFERENCES "assemblies"."body" ("id") ON DELETE CASCADE,
        ADD COLUMN "office" text CHECK ("office" IN ('chair', 'vice-chair', 'secretary', 'public-relations-officer', 'historian')),
        ADD CONSTRAINT "election_owner_check" CHECK (
          ("kind" = 'county-delegates' AND "meeting_id" IS NOT NULL AND "jurisdiction_id" IS NOT NULL AND "body_id" IS NULL AND "office" IS NULL)
          OR ("kind" <> 'county-delegates' AND "meeting_id" IS NULL AND "body_id" IS NOT NULL))`);
    // One election per body, district and office a year: a second would fill the same places twice.
    await queryRunner.query(`
      CREATE UNIQUE INDEX "election_body_year_key" ON "assemblies"."election"
        ("body_id", "year", coalesce("jurisdiction_id", '00000000-0000-0000-0000-000000000000'::uuid), coalesce("office", ''))
        WHERE "body_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "assemblies"."election_candidate" ADD COLUMN "group_code" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "assemblies"."election" WHERE "kind" <> 'county-delegates'`);
    await queryRunner.query(`ALTER TABLE "assemblies"."election_candidate" DROP COLUMN "group_code"`);
    await queryRunner.query(`DROP INDEX "assemblies"."election_body_year_key"`);
    await queryRunner.query(`
      ALTER TABLE "assemblies"."election"
        DROP CONSTRAINT "election_owner_check",
        DROP COLUMN "office",
        DROP COLUMN "body_id",
        ALTER COLUMN "jurisdiction_id" SET NOT NULL,
        ALTER COLUMN "meeting_id" SET NOT NULL,
        DROP CONSTRAINT "election_electorate_kind_check",
        DROP CONSTRAINT "election_kind_check",
        ADD CONSTRAINT "election_kind_check" CHECK ("kind" IN ('county-delegates')),
        ADD CONSTRAINT "election_electorate_kind_check" CHECK ("electorate_kind" IN ('county-meeting'))`);
  }
}
