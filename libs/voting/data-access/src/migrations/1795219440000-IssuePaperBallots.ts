import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Paper ballots are issued to people. Staff at a county meeting hand a paper ballot to a
 * checked-in attendee: that records the person in `questionnaire_voter` with channel
 * 'paper', in the same table as online and in-room voters, so the primary key refuses any
 * second vote through any channel. How the paper was marked is never linked to anyone: it
 * arrives later as the county's totals. `paper_ballot_issue` counts the papers handed out
 * per county, the ceiling the county's confirmed paper totals may not exceed.
 */
export class IssuePaperBallots1795219440000 implements MigrationInterface {
  name = 'IssuePaperBallots1795219440000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "voting"."questionnaire_voter" DROP CONSTRAINT "questionnaire_voter_channel_check"`);
    await queryRunner.query(
      `ALTER TABLE "voting"."questionnaire_voter" ADD CONSTRAINT "questionnaire_voter_channel_check" CHECK ("channel" IN ('online', 'in-room', 'paper'))`,
    );
    await queryRunner.query(`
      CREATE TABLE "voting"."paper_ballot_issue" (
        "questionnaire_id" uuid NOT NULL REFERENCES "voting"."questionnaire" ("id"),
        "county_code" text NOT NULL,
        "issued" int NOT NULL CHECK ("issued" >= 0),
        PRIMARY KEY ("questionnaire_id", "county_code")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting"."paper_ballot_issue"`);
    // Reverting forgets who received a paper ballot: those rows cannot satisfy the old check.
    await queryRunner.query(`DELETE FROM "voting"."questionnaire_voter" WHERE "channel" = 'paper'`);
    await queryRunner.query(`ALTER TABLE "voting"."questionnaire_voter" DROP CONSTRAINT "questionnaire_voter_channel_check"`);
    await queryRunner.query(
      `ALTER TABLE "voting"."questionnaire_voter" ADD CONSTRAINT "questionnaire_voter_channel_check" CHECK ("channel" IN ('online', 'in-room'))`,
    );
  }
}
