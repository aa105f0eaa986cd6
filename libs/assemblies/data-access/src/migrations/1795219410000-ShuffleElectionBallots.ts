import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Election ballots as voting's: written by a ballot box many voters per transaction, in
 * shuffled order, with ids it draws itself. So the id column loses its default (nothing
 * but the box writes ballots), and the ballots cast before this migration — each written
 * in its own transaction with its voter row, so that xmin or row order joined it to that
 * voter — are rewritten in one transaction in random order: afterwards they share this
 * migration's xmin and their physical order carries nothing. Same rows, same ids (the
 * voters' receipts), same counts. The old row versions are dead from here on and go with
 * the next (auto)vacuum, which cannot run inside a migration's transaction.
 */
export class ShuffleElectionBallots1795219410000 implements MigrationInterface {
  name = 'ShuffleElectionBallots1795219410000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assemblies"."election_ballot" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(
      `CREATE TEMPORARY TABLE "election_ballot_before" ON COMMIT DROP AS SELECT "id", "election_id", "choices" FROM "assemblies"."election_ballot"`,
    );
    await queryRunner.query(`DELETE FROM "assemblies"."election_ballot"`);
    await queryRunner.query(
      `INSERT INTO "assemblies"."election_ballot" ("id", "election_id", "choices") SELECT "id", "election_id", "choices" FROM "election_ballot_before" ORDER BY random()`,
    );
    await queryRunner.query(`DROP TABLE "election_ballot_before"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The shuffle is not undone (no order is worth restoring); the rows stay as they are.
    await queryRunner.query(`ALTER TABLE "assemblies"."election_ballot" ALTER COLUMN "id" SET DEFAULT gen_random_uuid()`);
  }
}
