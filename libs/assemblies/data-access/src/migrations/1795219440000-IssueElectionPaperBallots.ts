import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Paper ballots of a county meeting's delegate election are issued to people: staff hand
 * one to a person checked in with a vote, recorded in `election_voter` with channel 'paper'
 * beside those who voted electronically, so the primary key refuses a second vote through
 * either channel. The papers issued bound the election's confirmed paper totals.
 */
export class IssueElectionPaperBallots1795219440000 implements MigrationInterface {
  name = 'IssueElectionPaperBallots1795219440000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assemblies"."election_voter" ADD COLUMN "channel" text NOT NULL DEFAULT 'electronic' CONSTRAINT "election_voter_channel_check" CHECK ("channel" IN ('electronic', 'paper'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Reverting forgets who received a paper ballot: without the channel, they would pass for electronic voters.
    await queryRunner.query(`DELETE FROM "assemblies"."election_voter" WHERE "channel" = 'paper'`);
    await queryRunner.query(`ALTER TABLE "assemblies"."election_voter" DROP COLUMN "channel"`);
  }
}
