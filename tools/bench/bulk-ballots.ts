import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { encodeAnswers } from '@civic/voting-domain';
import { benchChoice, bulkReceipt } from './ballot-codec';

export interface BenchQuestion {
  id: string;
  position: number;
  choices: string[];
}

export interface BulkLoadTarget {
  questionnaireId: string;
  questions: readonly BenchQuestion[];
  countyCodes: readonly string[];
  /** Distinguishes this questionnaire's receipts from another's (they are unique per questionnaire anyway). */
  salt: number;
}

/**
 * Stored ballots for the read and recount figures, written straight into voting's tables
 * (set-up, not measured): ballots `from`..`to - 1` with deterministic answers, one voter row
 * each (random accounts), and their counts added to the live tally — exactly what the ballot
 * box would have left after that many online ballots. Multi-row INSERTs through unnest, in
 * chunks, in one transaction per chunk.
 */
export async function bulkLoadBallots(pool: Pool, target: BulkLoadTarget, from: number, to: number, chunk = 10_000): Promise<void> {
  const byPosition = [...target.questions].sort((a, b) => a.position - b.position);
  for (let start = from; start < to; start += chunk) {
    const end = Math.min(to, start + chunk);
    const ids: string[] = [];
    const counties: string[] = [];
    const receipts: string[] = [];
    const answers: Uint8Array[] = [];
    const tally = new Map<string, number>();
    for (let index = start; index < end; index++) {
      const county = target.countyCodes[index % target.countyCodes.length] as string;
      const positions = new Map<number, number>();
      for (const question of byPosition) {
        const choice = benchChoice(index, question.position, question.choices.length);
        positions.set(question.position, choice);
        const key = `${question.id}\u0000${county}\u0000${question.choices[choice]}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      ids.push(randomUUID());
      counties.push(county);
      receipts.push(bulkReceipt(index, target.salt));
      answers.push(encodeAnswers(positions));
    }
    const rows = [...tally.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, count]) => [...key.split('\u0000'), count] as [string, string, string, number]);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // Set-up data: no need to wait for each chunk's WAL flush (a crash just fails the run).
      await client.query('SET LOCAL synchronous_commit = off');
      await client.query(
        `INSERT INTO "voting"."questionnaire_voter" ("questionnaire_id", "account_id", "channel", "voted_at")
         SELECT $1::uuid, gen_random_uuid(), 'online', now() FROM generate_series(1, $2::int)`,
        [target.questionnaireId, end - start],
      );
      await client.query(
        `INSERT INTO "voting"."ballot" ("id", "questionnaire_id", "county_code", "channel", "receipt", "answers")
         SELECT i, $1::uuid, c, 'online', r, a FROM unnest($2::uuid[], $3::text[], $4::text[], $5::bytea[]) AS b(i, c, r, a)`,
        [target.questionnaireId, ids, counties, receipts, answers],
      );
      await client.query(
        `INSERT INTO "voting"."ballot_tally" AS tally ("questionnaire_id", "question_id", "county_code", "channel", "choice", "count")
         SELECT $1::uuid, t.q, t.c, 'online', t.ch, t.n FROM unnest($2::uuid[], $3::text[], $4::text[], $5::bigint[]) AS t(q, c, ch, n)
         ON CONFLICT ("questionnaire_id", "question_id", "county_code", "channel", "choice") DO UPDATE SET "count" = tally."count" + EXCLUDED."count"`,
        [target.questionnaireId, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  // Fresh statistics, or the planner guesses from an empty table (see stack notes). And the
  // load's own upkeep done now, not during the measured reads: it writes in a minute what a
  // congress receives over weeks, during which autovacuum and checkpoints keep pace.
  await pool.query(`VACUUM (ANALYZE) "voting"."ballot", "voting"."ballot_tally", "voting"."questionnaire_voter"`);
  await pool.query('CHECKPOINT');
}
