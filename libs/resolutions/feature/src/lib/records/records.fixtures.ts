import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Test data for the records area's integration specs: resolutions, their steps and the
 * results from the voting service, written straight to the tables. Not exported from the library.
 */
export interface RecordFixture {
  id?: string;
  number?: string;
  familyId?: string;
  title?: string;
  text?: string;
  kind?: 'advisory' | 'rule-change';
  topic?: string;
  countyCode?: string;
  submittedYear: number;
  cycleYear?: number;
  stage: string;
  committeeCode?: string | null;
  deadlineAt?: Date | null;
  flaggedAt?: Date | null;
  flagReason?: string | null;
  mergedIntoId?: string | null;
  transitionCount?: number;
}

export interface Inserted {
  id: string;
  number: string;
  familyId: string;
}

export async function insertRecord(dataSource: DataSource, fixture: RecordFixture): Promise<Inserted> {
  const id = fixture.id ?? randomUUID();
  const number = fixture.number ?? `R${fixture.submittedYear}-${randomInt(1_000_000_000)}`;
  const familyId = fixture.familyId ?? id;
  await dataSource.query(
    `INSERT INTO "resolutions"."resolution"
       ("id", "number", "family_id", "author_id", "author_name", "presenter_name", "kind", "topic", "title", "text",
        "county_code", "submitted_year", "cycle_year", "pipeline_version", "stage", "stage_entered_at", "committee_code",
        "deadline_at", "flagged_at", "flag_reason", "merged_into_id", "transition_count")
     VALUES ($1, $2, $3, $4, 'Rita Resident', 'Rita Resident', $5, $6, $7, $8, $9, $10, $11, 1, $12, now(), $13, $14, $15, $16, $17, $18)`,
    [
      id,
      number,
      familyId,
      randomUUID(),
      fixture.kind ?? 'advisory',
      fixture.topic ?? 'fisheries',
      fixture.title ?? `Protect the walleye ${id.slice(0, 8)}`,
      fixture.text ?? 'Limit the daily bag of walleye to three on inland lakes.',
      fixture.countyCode ?? '55025',
      fixture.submittedYear,
      fixture.cycleYear ?? fixture.submittedYear,
      fixture.stage,
      fixture.committeeCode ?? null,
      fixture.deadlineAt ?? null,
      fixture.flaggedAt ?? null,
      fixture.flaggedAt ? (fixture.flagReason ?? 'A deadline passed.') : null,
      fixture.mergedIntoId ?? null,
      fixture.transitionCount ?? 0,
    ],
  );
  await dataSource.query(
    `INSERT INTO "resolutions"."resolution_version" ("resolution_id", "version", "title", "text", "editor_name")
     SELECT "id", 1, "title", "text", "author_name" FROM "resolutions"."resolution" WHERE "id" = $1`,
    [id],
  );
  return { id, number, familyId };
}

export interface StepFixture {
  sequence: number;
  transition: string;
  fromStage: string | null;
  toStage: string;
  cycleYear: number;
  occurredAt: Date;
  actorKind?: 'person' | 'system';
  actorName?: string;
  reason?: string | null;
  notes?: string | null;
  vote?: { yes: number; no: number; abstain: number } | null;
  minorityReport?: string | null;
  linked?: Record<string, unknown>;
}

export async function insertStep(dataSource: DataSource, resolutionId: string, step: StepFixture): Promise<void> {
  await dataSource.query(
    `INSERT INTO "resolutions"."resolution_transition"
       ("resolution_id", "sequence", "transition", "from_stage", "to_stage", "cycle_year", "pipeline_version", "actor_kind", "actor_id",
        "actor_name", "reason", "notes", "vote", "minority_report", "linked", "occurred_at")
     VALUES ($1, $2, $3, $4, $5, $6, 1, $7, NULL, $8, $9, $10, $11::jsonb, $12, $13::jsonb, $14)`,
    [
      resolutionId,
      step.sequence,
      step.transition,
      step.fromStage,
      step.toStage,
      step.cycleYear,
      step.actorKind ?? 'person',
      step.actorName ?? (step.actorKind === 'system' ? 'Civic Congress' : 'Stella Staff'),
      step.reason ?? null,
      step.notes ?? null,
      step.vote ? JSON.stringify(step.vote) : null,
      step.minorityReport ?? null,
      JSON.stringify(step.linked ?? {}),
      step.occurredAt,
    ],
  );
  await dataSource.query(`UPDATE "resolutions"."resolution" SET "transition_count" = GREATEST("transition_count", $2) WHERE "id" = $1`, [
    resolutionId,
    step.sequence,
  ]);
}

export async function insertCountyResult(
  dataSource: DataSource,
  resolution: Inserted,
  row: { countyCode: string; year: number; yes: number; no: number; abstain: number; passed: boolean },
): Promise<string> {
  const resultId = randomUUID();
  await dataSource.query(
    `INSERT INTO "resolutions"."county_result" ("result_id", "resolution_id", "family_id", "county_code", "year", "yes", "no", "abstain", "passed", "certified_at")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
    [resultId, resolution.id, resolution.familyId, row.countyCode, row.year, row.yes, row.no, row.abstain, row.passed],
  );
  return resultId;
}

export async function insertStatewideResult(
  dataSource: DataSource,
  resolutionId: string,
  row: { year: number; yes: number; no: number; abstain: number; countiesInFavour: number; countiesCounted: number; passed: boolean },
): Promise<string> {
  const resultId = randomUUID();
  await dataSource.query(
    `INSERT INTO "resolutions"."statewide_result"
       ("result_id", "question_id", "resolution_id", "year", "yes", "no", "abstain", "counties_in_favour", "counties_counted", "passed", "certified_at")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`,
    [resultId, randomUUID(), resolutionId, row.year, row.yes, row.no, row.abstain, row.countiesInFavour, row.countiesCounted, row.passed],
  );
  return resultId;
}

/** Counts of what a merge writes, to prove a refused one wrote nothing. */
export async function mergeFootprint(dataSource: DataSource): Promise<Record<string, number>> {
  const [row] = (await dataSource.query(
    `SELECT (SELECT count(*)::int FROM "resolutions"."resolution") AS "resolutions",
            (SELECT count(*)::int FROM "resolutions"."resolution" WHERE "merged_into_id" IS NOT NULL) AS "merged",
            (SELECT count(*)::int FROM "resolutions"."resolution_transition") AS "transitions",
            (SELECT count(*)::int FROM "resolutions"."audit_entry") AS "audit"`,
  )) as Array<Record<string, number>>;
  return row ?? {};
}
