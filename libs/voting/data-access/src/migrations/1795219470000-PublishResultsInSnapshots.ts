import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Results that cannot isolate a ballot (issue 12): while voting is open, public results show
 * published snapshots of the live tally, one per questionnaire, county and channel, each
 * replaced only once k more ballots arrived there (voting's domain, `publication.ts`).
 *
 * - `questionnaire.results_publication_threshold`: k, per questionnaire (default 10).
 * - `ballot_count`: how many ballots each county's online and in-room channels hold, kept by
 *   a statement trigger on `ballot` in the inserting transaction (whoever inserts: the ballot
 *   box, the bench's loaders), so it always agrees with the ballots and the tally the same
 *   batch writes. One upsert per batch statement, rows in key order like the tally's.
 * - `published_ballot_count` and `published_tally`: each county channel's snapshot — the
 *   ballots it holds and the tally counters as they were then — written together by the
 *   results reader in one statement, under a per-questionnaire advisory lock.
 */
export class PublishResultsInSnapshots1795219470000 implements MigrationInterface {
  name = 'PublishResultsInSnapshots1795219470000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "voting"."questionnaire"
        ADD COLUMN "results_publication_threshold" int NOT NULL DEFAULT 10
        CONSTRAINT "questionnaire_results_publication_threshold_check" CHECK ("results_publication_threshold" BETWEEN 2 AND 1000)`);
    await queryRunner.query(`
      CREATE TABLE "voting"."ballot_count" (
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "county_code" text NOT NULL,
        "channel" text NOT NULL CHECK ("channel" IN ('online', 'in-room')),
        "ballots" bigint NOT NULL CHECK ("ballots" >= 0),
        PRIMARY KEY ("questionnaire_id", "county_code", "channel")
      ) WITH (fillfactor = 50)`);
    await queryRunner.query(`
      INSERT INTO "voting"."ballot_count" ("questionnaire_id", "county_code", "channel", "ballots")
      SELECT "questionnaire_id", "county_code", "channel", count(*) FROM "voting"."ballot" GROUP BY 1, 2, 3`);
    await queryRunner.query(`
      CREATE FUNCTION "voting"."count_ballots"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "voting"."ballot_count" AS c ("questionnaire_id", "county_code", "channel", "ballots")
        SELECT "questionnaire_id", "county_code", "channel", count(*) FROM "new_ballots"
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT ("questionnaire_id", "county_code", "channel") DO UPDATE SET "ballots" = c."ballots" + EXCLUDED."ballots";
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "ballot_count_after_insert" AFTER INSERT ON "voting"."ballot"
      REFERENCING NEW TABLE AS "new_ballots" FOR EACH STATEMENT EXECUTE FUNCTION "voting"."count_ballots"()`);
    await queryRunner.query(`
      CREATE TABLE "voting"."published_ballot_count" (
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "county_code" text NOT NULL,
        "channel" text NOT NULL CHECK ("channel" IN ('online', 'in-room')),
        "ballots" bigint NOT NULL CHECK ("ballots" > 0),
        PRIMARY KEY ("questionnaire_id", "county_code", "channel")
      )`);
    await queryRunner.query(`
      CREATE TABLE "voting"."published_tally" (
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "question_id" uuid NOT NULL REFERENCES "voting"."questionnaire_question" ("id"),
        "county_code" text NOT NULL,
        "channel" text NOT NULL CHECK ("channel" IN ('online', 'in-room')),
        "choice" text NOT NULL,
        "count" bigint NOT NULL CHECK ("count" >= 0),
        PRIMARY KEY ("questionnaire_id", "question_id", "county_code", "channel", "choice")
      ) WITH (fillfactor = 50)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting"."published_tally"`);
    await queryRunner.query(`DROP TABLE "voting"."published_ballot_count"`);
    await queryRunner.query(`DROP TRIGGER "ballot_count_after_insert" ON "voting"."ballot"`);
    await queryRunner.query(`DROP FUNCTION "voting"."count_ballots"()`);
    await queryRunner.query(`DROP TABLE "voting"."ballot_count"`);
    await queryRunner.query(`ALTER TABLE "voting"."questionnaire" DROP COLUMN "results_publication_threshold"`);
  }
}
