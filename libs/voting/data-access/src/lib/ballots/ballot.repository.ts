import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BallotChannel, BallotQuestion, ChannelTotals, CountableBallot, TallyDifference, TallyRow } from '@civic/voting-domain';
import { channelTotalsOf } from '../tallies';
import { RecountReportEntity } from './recount-report.entity';

/** Reads of stored ballots, the live tally and recount reports; the caller passes the manager. */
@Injectable()
export class BallotRepository {
  /** The questionnaire's questions as ballots encode them (what a recount needs). */
  async ballotQuestions(manager: EntityManager, questionnaireId: string): Promise<BallotQuestion[]> {
    const rows = (await manager.query(
      `SELECT "id", "position", "county_code", "choices" FROM "voting"."questionnaire_question" WHERE "questionnaire_id" = $1 ORDER BY "position"`,
      [questionnaireId],
    )) as Array<{ id: string; position: number; county_code: string | null; choices: string[] }>;
    return rows.map((row) => ({ id: row.id, position: row.position, countyCode: row.county_code, choices: row.choices }));
  }

  /** Receipts of a county's counted ballots, in receipt order (never in time order), after a receipt. */
  async bulletin(manager: EntityManager, questionnaireId: string, countyCode: string, after: string | null, limit: number): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT "receipt" FROM "voting"."ballot"
       WHERE "questionnaire_id" = $1 AND "county_code" = $2 AND ($3::text IS NULL OR "receipt" > $3)
       ORDER BY "receipt" LIMIT $4`,
      [questionnaireId, countyCode, after, limit],
    )) as Array<{ receipt: string }>;
    return rows.map((row) => row.receipt);
  }

  async findReceipt(manager: EntityManager, questionnaireId: string, receipt: string): Promise<{ countyCode: string } | null> {
    const [row] = (await manager.query(`SELECT "county_code" FROM "voting"."ballot" WHERE "questionnaire_id" = $1 AND "receipt" = $2`, [
      questionnaireId,
      receipt,
    ])) as Array<{
      county_code: string;
    }>;
    return row ? { countyCode: row.county_code } : null;
  }

  /**
   * The county of the meeting where the person checked in with a vote in that year (the
   * in-room channel), from assemblies' check-in events; null if they did not.
   */
  async checkedInWithVote(manager: EntityManager, accountId: string, year: number): Promise<{ countyCode: string } | null> {
    const [row] = (await manager.query(
      `SELECT "county_code" FROM "voting"."meeting_attendee" WHERE "account_id" = $1 AND "year" = $2 AND "with_vote" ORDER BY "checked_in_at" LIMIT 1`,
      [accountId, year],
    )) as Array<{ county_code: string }>;
    return row ? { countyCode: row.county_code } : null;
  }

  /** The live tally of a questionnaire (or of some of its questions): small, whatever the number of ballots. */
  async tally(manager: EntityManager, questionnaireId: string, questionIds?: readonly string[]): Promise<TallyRow[]> {
    const rows = (await manager.query(
      `SELECT "question_id", "county_code", "channel", "choice", "count" FROM "voting"."ballot_tally"
       WHERE "questionnaire_id" = $1 AND ($2::uuid[] IS NULL OR "question_id" = ANY($2::uuid[]))
       ORDER BY "question_id", "county_code", "channel", "choice"`,
      [questionnaireId, questionIds ? [...questionIds] : null],
    )) as Array<{ question_id: string; county_code: string; channel: BallotChannel; choice: string; count: string }>;
    return rows.map((row) => ({
      questionId: row.question_id,
      countyCode: row.county_code,
      channel: row.channel,
      choice: row.choice,
      count: Number(row.count),
    }));
  }

  /** What every channel counted, live: see channelTotalsOf. */
  channelTotals(manager: EntityManager, questionnaireId: string, questionIds?: readonly string[]): Promise<Map<string, ChannelTotals[]>> {
    return channelTotalsOf(manager, 'ballot_tally', questionnaireId, questionIds);
  }

  /**
   * The questionnaire's ballots in chunks, by keyset on the random id: never all in memory,
   * and no OFFSET scans. The order is the ids' (random), which reveals nothing.
   */
  async *stream(manager: EntityManager, questionnaireId: string, chunkSize = 10_000): AsyncGenerator<CountableBallot[]> {
    let after: string | null = null;
    for (;;) {
      const rows = (await manager.query(
        `SELECT "id", "county_code", "channel", "answers" FROM "voting"."ballot"
         WHERE "questionnaire_id" = $1 AND ($2::uuid IS NULL OR "id" > $2::uuid) ORDER BY "id" LIMIT $3`,
        [questionnaireId, after, chunkSize],
      )) as Array<{ id: string; county_code: string; channel: BallotChannel; answers: Buffer }>;
      if (rows.length === 0) return;
      after = rows[rows.length - 1]?.id ?? null;
      yield rows.map((row) => ({ countyCode: row.county_code, channel: row.channel, answers: new Uint8Array(row.answers) }));
      if (rows.length < chunkSize) return;
    }
  }

  async saveRecountReport(
    manager: EntityManager,
    report: { questionnaireId: string; requestedBy: string | null; startedAt: Date; finishedAt: Date; ballotsCounted: number; differences: TallyDifference[] },
  ): Promise<RecountReportEntity> {
    return manager.save(RecountReportEntity, manager.create(RecountReportEntity, { ...report, equal: report.differences.length === 0 }));
  }

  recountReports(manager: EntityManager, questionnaireId: string): Promise<RecountReportEntity[]> {
    return manager.find(RecountReportEntity, { where: { questionnaireId }, order: { startedAt: 'DESC' }, take: 50 });
  }

  /** County → district (its parent in the jurisdiction tree, a read model of assemblies'). */
  async districtsOf(manager: EntityManager, countyCodes: readonly string[]): Promise<Map<string, string>> {
    if (countyCodes.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT "code", "parent_code" FROM "voting"."jurisdiction" WHERE "code" = ANY($1::text[]) AND "parent_code" IS NOT NULL`,
      [[...countyCodes]],
    )) as Array<{ code: string; parent_code: string }>;
    return new Map(rows.map((row) => [row.code, row.parent_code]));
  }
}
