import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BallotChannel, QuestionnaireStatus, TallyRow } from '@civic/voting-domain';

export interface VoterRow {
  questionnaireId: string;
  accountId: string;
  channel: BallotChannel;
}

/** A questionnaire's status and window as the ballot box reads them, with the database's clock. */
export interface QuestionnaireWindow {
  id: string;
  status: QuestionnaireStatus;
  opensAt: Date | null;
  closesAt: Date | null;
  now: Date;
}

export interface BallotRow {
  id: string;
  questionnaireId: string;
  countyCode: string;
  channel: BallotChannel;
  receipt: string;
  answers: Uint8Array;
}

/**
 * The SQL of the questionnaire's ballot box (BallotBoxService, a SecretBallotStore): each
 * write one statement for a whole batch (arrays through unnest), in the box's transaction.
 * Rows go in in the order given: the box shuffles the ballots.
 */
@Injectable()
export class BallotBoxRepository {
  /**
   * The status and stored window of each of these questionnaires, share-locked until the
   * transaction ends, with the database's clock read after the lock was granted: closing one
   * (which takes the row for update) waits for the batches writing to it, and a batch that
   * starts after the close sees it closed. The window decides even when no job has changed
   * the status yet (voting's `takesBallots`).
   */
  async lockWindows(manager: EntityManager, questionnaireIds: readonly string[]): Promise<QuestionnaireWindow[]> {
    const rows = (await manager.query(
      `SELECT "id", "status", "opens_at", "closes_at", clock_timestamp() AS "now"
       FROM "voting"."questionnaire" WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR SHARE`,
      [[...questionnaireIds]],
    )) as Array<{ id: string; status: QuestionnaireStatus; opens_at: Date | null; closes_at: Date | null; now: Date }>;
    return rows.map((row) => ({ id: row.id, status: row.status, opensAt: row.opens_at, closesAt: row.closes_at, now: row.now }));
  }

  /**
   * Records that these people voted; returns the `questionnaireId:accountId` keys inserted.
   * The primary key decides who already voted, here or in a concurrent batch elsewhere (the
   * insert waits for that batch's outcome). Every row gets the transaction's time: within a
   * batch, voted_at orders nobody.
   */
  async insertVoters(manager: EntityManager, voters: readonly VoterRow[]): Promise<Set<string>> {
    if (voters.length === 0) return new Set();
    const rows = (await manager.query(
      `INSERT INTO "voting"."questionnaire_voter" ("questionnaire_id", "account_id", "channel", "voted_at")
       SELECT v.questionnaire_id, v.account_id, v.channel, now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS v(questionnaire_id, account_id, channel)
       ON CONFLICT ("questionnaire_id", "account_id") DO NOTHING
       RETURNING "questionnaire_id", "account_id"`,
      [voters.map((v) => v.questionnaireId), voters.map((v) => v.accountId), voters.map((v) => v.channel)],
    )) as Array<{ questionnaire_id: string; account_id: string }>;
    return new Set(rows.map((row) => `${row.questionnaire_id}:${row.account_id}`));
  }

  /** Stores the ballots; returns the receipts stored (a colliding receipt is skipped for the caller to retry). */
  async insertBallots(manager: EntityManager, ballots: readonly BallotRow[]): Promise<Set<string>> {
    if (ballots.length === 0) return new Set();
    const rows = (await manager.query(
      `INSERT INTO "voting"."ballot" ("id", "questionnaire_id", "county_code", "channel", "receipt", "answers")
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::bytea[])
       ON CONFLICT ("questionnaire_id", "receipt") DO NOTHING
       RETURNING "questionnaire_id", "receipt"`,
      [
        ballots.map((b) => b.id),
        ballots.map((b) => b.questionnaireId),
        ballots.map((b) => b.countyCode),
        ballots.map((b) => b.channel),
        ballots.map((b) => b.receipt),
        ballots.map((b) => Buffer.from(b.answers.buffer, b.answers.byteOffset, b.answers.byteLength)),
      ],
    )) as Array<{ questionnaire_id: string; receipt: string }>;
    return new Set(rows.map((row) => `${row.questionnaire_id}:${row.receipt}`));
  }

  /** Adds a batch's aggregated counts: one row per key, in key order (concurrent batches lock alike). */
  async addToTally(manager: EntityManager, questionnaireId: string, rows: readonly TallyRow[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO "voting"."ballot_tally" AS tally ("questionnaire_id", "question_id", "county_code", "channel", "choice", "count")
       SELECT $1::uuid, t.question_id, t.county_code, t.channel, t.choice, t.count
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::bigint[]) WITH ORDINALITY AS t(question_id, county_code, channel, choice, count, n)
       ORDER BY t.n
       ON CONFLICT ("questionnaire_id", "question_id", "county_code", "channel", "choice") DO UPDATE SET "count" = tally."count" + EXCLUDED."count"`,
      [
        questionnaireId,
        rows.map((r) => r.questionId),
        rows.map((r) => r.countyCode),
        rows.map((r) => r.channel),
        rows.map((r) => r.choice),
        rows.map((r) => r.count),
      ],
    );
  }
}
