import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret ballots. `questionnaire_voter` records THAT a person voted (and through which
 * channel); `ballot` records WHAT was voted, with no column naming, numbering or timing the
 * voter: a random uuid, the county and channel (needed to count and to publish per county),
 * a random receipt and the answers. The two are written by the ballot box in one
 * transaction per batch of many voters, in shuffled order, so that neither the shared xmin
 * nor the physical row order links a ballot to a voter beyond "one of this batch".
 */
export class CreateBallots1795219370000 implements MigrationInterface {
  name = 'CreateBallots1795219370000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "voting"."questionnaire_voter" (
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "account_id" uuid NOT NULL,
        "channel" text NOT NULL CHECK ("channel" IN ('online', 'in-room')),
        "voted_at" timestamptz NOT NULL,
        PRIMARY KEY ("questionnaire_id", "account_id")
      )`);
    // answers: one byte per question position (see @civic/voting-domain ballot.ts). No
    // timestamp at all: the day would add nothing a voter needs, and anything finer orders.
    await queryRunner.query(`
      CREATE TABLE "voting"."ballot" (
        "id" uuid PRIMARY KEY,
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "county_code" text NOT NULL,
        "channel" text NOT NULL CHECK ("channel" IN ('online', 'in-room')),
        "receipt" text NOT NULL CHECK ("receipt" ~ '^[A-Z2-7]{12}$'),
        "answers" bytea NOT NULL,
        CONSTRAINT "ballot_receipt_key" UNIQUE ("questionnaire_id", "receipt")
      )`);
    await queryRunner.query(`CREATE INDEX "ballot_bulletin_idx" ON "voting"."ballot" ("questionnaire_id", "county_code", "receipt")`);
    // The live tally: one counter per question, county, channel and choice, bumped once per batch.
    await queryRunner.query(`
      CREATE TABLE "voting"."ballot_tally" (
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "question_id" uuid NOT NULL REFERENCES "voting"."questionnaire_question" ("id"),
        "county_code" text NOT NULL,
        "channel" text NOT NULL CHECK ("channel" IN ('online', 'in-room')),
        "choice" text NOT NULL,
        "count" bigint NOT NULL CHECK ("count" >= 0),
        PRIMARY KEY ("questionnaire_id", "question_id", "county_code", "channel", "choice")
      )`);
    await queryRunner.query(`
      CREATE TABLE "voting"."recount_report" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "requested_by" uuid,
        "started_at" timestamptz NOT NULL,
        "finished_at" timestamptz NOT NULL,
        "ballots_counted" int NOT NULL,
        "equal" boolean NOT NULL,
        "differences" jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "recount_report_questionnaire_idx" ON "voting"."recount_report" ("questionnaire_id", "started_at" DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting"."recount_report"`);
    await queryRunner.query(`DROP TABLE "voting"."ballot_tally"`);
    await queryRunner.query(`DROP TABLE "voting"."ballot"`);
    await queryRunner.query(`DROP TABLE "voting"."questionnaire_voter"`);
  }
}
