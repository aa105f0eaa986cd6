import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Test data for the workflow's integration specs: resolutions written straight to the
 * tables at any stage, committee memberships and conflicts as assemblies' events would leave
 * them, and counts of everything a transition writes (to prove a refusal wrote nothing).
 * Not exported from the library.
 */
export interface TestResolution {
  stage?: string;
  authorId?: string | null;
  committeeCode?: string | null;
  cycleYear?: number;
  pipelineVersion?: number;
  countyCode?: string;
  text?: string;
}

export async function insertTestResolution(dataSource: DataSource, options: TestResolution = {}): Promise<string> {
  const id = randomUUID();
  const year = options.cycleYear ?? 2031;
  await dataSource.query(
    `INSERT INTO "resolutions"."resolution"
       ("id", "number", "family_id", "author_id", "author_name", "presenter_name", "kind", "topic", "title", "text",
        "county_code", "submitted_year", "cycle_year", "pipeline_version", "stage", "stage_entered_at", "committee_code")
     VALUES ($1, $2, $1, $3, 'Test Author', 'Test Author', 'advisory', 'fisheries', $4, $5, $6, $7, $7, $8, $9, now(), $10)`,
    [
      id,
      `T${year}-${randomInt(1_000_000_000)}`,
      options.authorId === undefined ? randomUUID() : options.authorId,
      `Protect the walleye ${id.slice(0, 8)}`,
      options.text ?? 'Limit the daily bag of walleye to three on inland lakes.',
      options.countyCode ?? '55025',
      year,
      options.pipelineVersion ?? 1,
      options.stage ?? 'submitted',
      options.committeeCode ?? null,
    ],
  );
  await dataSource.query(
    `INSERT INTO "resolutions"."resolution_version" ("resolution_id", "version", "title", "text", "editor_name")
     SELECT "id", 1, "title", "text", "author_name" FROM "resolutions"."resolution" WHERE "id" = $1`,
    [id],
  );
  return id;
}

export async function addBodyMember(dataSource: DataSource, bodyCode: string, accountId: string): Promise<void> {
  await dataSource.query(
    `INSERT INTO "resolutions"."body_member"
       ("membership_id", "body_code", "body_name", "account_id", "display_name", "office", "active", "term_start", "term_end", "changed_at")
     VALUES ($1, $2, $2, $3, 'Committee Member', NULL, true, current_date - 30, current_date + 300, now())`,
    [randomUUID(), bodyCode, accountId],
  );
}

export async function declareConflict(dataSource: DataSource, resolutionId: string, bodyCode: string, accountId: string): Promise<void> {
  await dataSource.query(
    `INSERT INTO "resolutions"."declared_conflict" ("conflict_id", "resolution_id", "body_code", "account_id", "display_name", "reason", "declared_at")
     VALUES ($1, $2, $3, $4, 'Committee Member', 'I own a bait shop on the lake', now())`,
    [randomUUID(), resolutionId, bodyCode, accountId],
  );
}

export async function recordCountyResult(dataSource: DataSource, resolutionId: string, year: number, passed: boolean): Promise<string> {
  const resultId = randomUUID();
  await dataSource.query(
    `INSERT INTO "resolutions"."county_result" ("result_id", "resolution_id", "family_id", "county_code", "year", "yes", "no", "abstain", "passed", "certified_at")
     SELECT $1, "id", "family_id", "county_code", $2, $3, $4, 0, $5, now() FROM "resolutions"."resolution" WHERE "id" = $6`,
    [resultId, year, passed ? 40 : 10, passed ? 10 : 40, passed, resolutionId],
  );
  return resultId;
}

/** Everything a transition of this resolution writes, to compare before and after a refusal. */
export async function footprint(dataSource: DataSource, resolutionId: string): Promise<Record<string, unknown>> {
  const [row] = (await dataSource.query(
    `SELECT r."stage", r."row_version", r."transition_count", r."text_version", r."committee_code", r."deadline_at", r."question_text",
            (SELECT count(*)::int FROM "resolutions"."resolution_transition" t WHERE t."resolution_id" = r."id") AS "transitions",
            (SELECT count(*)::int FROM "resolutions"."resolution_version" v WHERE v."resolution_id" = r."id") AS "versions",
            (SELECT count(*)::int FROM "resolutions"."audit_entry") AS "auditEntries",
            (SELECT count(*)::int FROM "resolutions"."outbox_event") AS "outboxEvents"
       FROM "resolutions"."resolution" r WHERE r."id" = $1`,
    [resolutionId],
  )) as Array<Record<string, unknown>>;
  return row ?? {};
}

export interface StoredTransition {
  sequence: number;
  transition: string;
  from_stage: string | null;
  to_stage: string;
  actor_kind: string;
  actor_name: string;
  reason: string | null;
  vote: unknown;
  minority_report: string | null;
  linked: Record<string, unknown>;
}

export function transitionsOf(dataSource: DataSource, resolutionId: string): Promise<StoredTransition[]> {
  return dataSource.query(`SELECT * FROM "resolutions"."resolution_transition" WHERE "resolution_id" = $1 ORDER BY "sequence"`, [resolutionId]);
}

export async function outboxEventsFor(dataSource: DataSource, name: string, resolutionId: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<{ payload: Record<string, unknown> }> = await dataSource.query(
    `SELECT "payload" FROM "resolutions"."outbox_event" WHERE "name" = $1 AND "payload"->>'resolutionId' = $2`,
    [name, resolutionId],
  );
  return rows.map((row) => row.payload);
}
