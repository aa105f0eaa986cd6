import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { channelTotalsOf } from './channel-totals.query';
import { paperBallots, type ChannelBallots, type ChannelTotals, type ChoiceCounts, type CountyChannel, type VotingChannel } from '@civic/voting-domain';

/**
 * The published snapshots of an open questionnaire's tally (see voting's domain,
 * `publication.ts`): what each county channel holds live and published, taking the snapshots
 * that are due, and reading what is published. The caller passes the manager.
 */
@Injectable()
export class PublishedResultsRepository {
  /**
   * Every county channel of the questionnaire that has votes: online and in-room ballots, live
   * and in the published snapshot, and each county's confirmed paper ballots. Small (counties
   * × channels rows, and the confirmed paper totals), whatever the number of ballots.
   */
  async channels(manager: EntityManager, questionnaireId: string): Promise<ChannelBallots[]> {
    const rows = (await manager.query(
      `SELECT c."county_code", c."channel", c."ballots"::int AS "live", coalesce(p."ballots", 0)::int AS "published", NULL::json AS "paper"
         FROM "voting"."ballot_count" c
         LEFT JOIN "voting"."published_ballot_count" p USING ("questionnaire_id", "county_code", "channel")
        WHERE c."questionnaire_id" = $1
       UNION ALL
       SELECT "county_code", 'paper', 0, 0, json_agg("counts")
         FROM "voting"."paper_totals"
        WHERE "questionnaire_id" = $1 AND "confirmed_at" IS NOT NULL
        GROUP BY "county_code"`,
      [questionnaireId],
    )) as Array<{ county_code: string; channel: VotingChannel; live: number; published: number; paper: ChoiceCounts[] | null }>;
    return rows.map((row) => ({
      countyCode: row.county_code,
      channel: row.channel,
      live: row.paper ? paperBallots(row.paper) : row.live,
      published: row.published,
    }));
  }

  /** Serializes taking snapshots of one questionnaire until the transaction ends: a snapshot never goes back to an older state. */
  async lock(manager: EntityManager, questionnaireId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('voting.published_tally'), hashtext($1))`, [questionnaireId]);
  }

  /**
   * Replaces the snapshots of these county channels with the live tally, and records the
   * ballots it holds. One statement, so the counters copied and the ballots recorded are read
   * at one moment: a ballot batch writes both in its transaction, so they always agree.
   */
  async publish(manager: EntityManager, questionnaireId: string, due: readonly CountyChannel[]): Promise<void> {
    if (due.length === 0) return;
    await manager.query(
      `WITH "due" AS (SELECT * FROM unnest($2::text[], $3::text[]) AS d("county_code", "channel")),
       "counted" AS (
         INSERT INTO "voting"."published_ballot_count" AS p ("questionnaire_id", "county_code", "channel", "ballots")
         SELECT c."questionnaire_id", c."county_code", c."channel", c."ballots"
           FROM "voting"."ballot_count" c JOIN "due" USING ("county_code", "channel")
          WHERE c."questionnaire_id" = $1
          ORDER BY c."county_code", c."channel"
         ON CONFLICT ("questionnaire_id", "county_code", "channel") DO UPDATE SET "ballots" = EXCLUDED."ballots"
         RETURNING 1),
       "copied" AS (
         INSERT INTO "voting"."published_tally" AS p ("questionnaire_id", "question_id", "county_code", "channel", "choice", "count")
         SELECT t."questionnaire_id", t."question_id", t."county_code", t."channel", t."choice", t."count"
           FROM "voting"."ballot_tally" t JOIN "due" USING ("county_code", "channel")
          WHERE t."questionnaire_id" = $1
          ORDER BY t."question_id", t."county_code", t."channel", t."choice"
         ON CONFLICT ("questionnaire_id", "question_id", "county_code", "channel", "choice") DO UPDATE SET "count" = EXCLUDED."count"
         RETURNING 1)
       SELECT (SELECT count(*) FROM "counted") AS "counties", (SELECT count(*) FROM "copied") AS "counters"`,
      [questionnaireId, due.map((entry) => entry.countyCode), due.map((entry) => entry.channel)],
    );
  }

  /**
   * What the published snapshots count for the questionnaire's questions (all of them without
   * ids), county by county, with every confirmed paper total (the caller keeps only published
   * paper): the shape of BallotRepository.channelTotals, one JSON document per question.
   */
  totals(manager: EntityManager, questionnaireId: string, questionIds?: readonly string[]): Promise<Map<string, ChannelTotals[]>> {
    return channelTotalsOf(manager, 'published_tally', questionnaireId, questionIds);
  }
}
