import type { EntityManager } from 'typeorm';
import type { ChannelTotals, VotingChannel } from '@civic/voting-domain';

/** The two tables of electronic counters by question, county, channel and choice: the live tally and its published snapshot. */
export type CounterTable = 'ballot_tally' | 'published_tally';

/**
 * What every channel counted for the questionnaire's questions (all of them without ids),
 * county by county: the electronic counters of `counters` and the confirmed paper totals, in
 * one statement. Reads questions × counties × channels × choices counters through the
 * primary key, whatever the number of ballots. Grouped per question in Postgres, so Node
 * parses one JSON document per question instead of a row per counter (a 50-question year has
 * about 11,000 counters per channel, which pg would otherwise turn into as many row objects).
 */
export async function channelTotalsOf(
  manager: EntityManager,
  counters: CounterTable,
  questionnaireId: string,
  questionIds?: readonly string[],
): Promise<Map<string, ChannelTotals[]>> {
  const rows = (await manager.query(
    `SELECT "question_id", json_agg(json_build_array("county_code", "channel", "counts")) AS "totals"
       FROM (SELECT "question_id", "county_code", "channel", json_object_agg("choice", "count") AS "counts"
               FROM "voting"."${counters}"
              WHERE "questionnaire_id" = $1 AND ($2::uuid[] IS NULL OR "question_id" = ANY($2::uuid[]))
              GROUP BY "question_id", "county_code", "channel"
             UNION ALL
             SELECT "question_id", "county_code", 'paper', "counts"::json
               FROM "voting"."paper_totals"
              WHERE "questionnaire_id" = $1 AND "confirmed_at" IS NOT NULL AND ($2::uuid[] IS NULL OR "question_id" = ANY($2::uuid[]))) AS "channel_totals"
      GROUP BY "question_id"`,
    [questionnaireId, questionIds ? [...questionIds] : null],
  )) as Array<{ question_id: string; totals: Array<[string, VotingChannel, Record<string, number>]> }>;
  return new Map(rows.map((row) => [row.question_id, row.totals.map(([countyCode, channel, counts]): ChannelTotals => ({ channel, countyCode, counts }))]));
}
