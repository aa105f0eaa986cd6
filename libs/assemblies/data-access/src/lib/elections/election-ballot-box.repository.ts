import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ElectionPhase } from '@civic/assemblies-domain';

export interface ElectionVoterRow {
  electionId: string;
  accountId: string;
}

export interface ElectionBallotRow {
  id: string;
  electionId: string;
  choices: readonly string[];
}

/**
 * The SQL of the delegate elections' ballot box (ElectionBallotBoxService, a
 * SecretBallotStore): one statement per batch of many voters (arrays through unnest), in the
 * box's transaction. Rows go in in the order given: the box shuffles the ballots.
 */
@Injectable()
export class ElectionBallotBoxRepository {
  /**
   * The phase of each of these elections, share-locked until the transaction ends: closing
   * voting (which takes the row for update) waits for the batches writing to it, and a
   * batch that starts after the close sees it closed.
   */
  async lockPhases(manager: EntityManager, electionIds: readonly string[]): Promise<Map<string, ElectionPhase>> {
    const rows = (await manager.query(`SELECT "id", "phase" FROM "assemblies"."election" WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR SHARE`, [
      [...electionIds],
    ])) as Array<{ id: string; phase: ElectionPhase }>;
    return new Map(rows.map((row) => [row.id, row.phase]));
  }

  /**
   * Records that these people voted; returns the `electionId:accountId` keys inserted. The
   * primary key decides who already voted, in this batch's election or a concurrent batch
   * (the insert waits for that batch's outcome). Every row gets the transaction's time.
   */
  async insertVoters(manager: EntityManager, voters: readonly ElectionVoterRow[]): Promise<Set<string>> {
    if (voters.length === 0) return new Set();
    const rows = (await manager.query(
      `INSERT INTO "assemblies"."election_voter" ("election_id", "account_id", "voted_at")
       SELECT v.election_id, v.account_id, now() FROM unnest($1::uuid[], $2::uuid[]) AS v(election_id, account_id)
       ON CONFLICT ("election_id", "account_id") DO NOTHING
       RETURNING "election_id", "account_id"`,
      [voters.map((voter) => voter.electionId), voters.map((voter) => voter.accountId)],
    )) as Array<{ election_id: string; account_id: string }>;
    return new Set(rows.map((row) => `${row.election_id}:${row.account_id}`));
  }

  /** Stores the ballots, in the order given. */
  async insertBallots(manager: EntityManager, ballots: readonly ElectionBallotRow[]): Promise<void> {
    if (ballots.length === 0) return;
    await manager.query(
      `INSERT INTO "assemblies"."election_ballot" ("id", "election_id", "choices")
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::jsonb[])`,
      [ballots.map((ballot) => ballot.id), ballots.map((ballot) => ballot.electionId), ballots.map((ballot) => JSON.stringify(ballot.choices))],
    );
  }
}
