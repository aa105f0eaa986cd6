import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Test support for the integration specs of the self-running rules (not exported from the
 * library): resolutions inserted as rows, at any stage, without walking the pipeline.
 */
export interface TestResolutionRow {
  id?: string;
  familyId?: string;
  stage: string;
  cycleYear: number;
  countyCode?: string;
  committeeCode?: string | null;
  deadlineAt?: Date | null;
  transitionCount?: number;
  stageEnteredAt?: Date;
  /** 1 (the Wisconsin default) unless a spec published its own. */
  pipelineVersion?: number;
}

export interface InsertedResolution {
  id: string;
  familyId: string;
  number: string;
}

/** Inserts a resolution of pipeline version 1 or the one given (which must exist: read the current pipeline first). */
export async function insertTestResolution(dataSource: DataSource, row: TestResolutionRow): Promise<InsertedResolution> {
  const id = row.id ?? randomUUID();
  const familyId = row.familyId ?? randomUUID();
  const number = `T${row.cycleYear}-${randomInt(1_000_000_000).toString().padStart(9, '0')}`;
  await dataSource.query(
    `INSERT INTO "resolutions"."resolution"
       ("id", "number", "family_id", "author_id", "author_name", "presenter_name", "kind", "topic", "title", "text",
        "county_code", "submitted_year", "cycle_year", "pipeline_version", "stage", "stage_entered_at",
        "transition_count", "committee_code", "deadline_at")
     VALUES ($1, $2, $3, $4, 'Test Author', 'Test Author', 'advisory', 'wildlife', $5, 'Let the wolves be counted.',
             $6, $7, $7, $13, $8, $9, $10, $11, $12)`,
    [
      id,
      number,
      familyId,
      randomUUID(),
      `Count the wolves ${number}`,
      row.countyCode ?? '55025',
      row.cycleYear,
      row.stage,
      row.stageEnteredAt ?? new Date(),
      row.transitionCount ?? 0,
      row.committeeCode ?? null,
      row.deadlineAt ?? null,
      row.pipelineVersion ?? 1,
    ],
  );
  return { id, familyId, number };
}

export interface ResolutionState {
  stage: string;
  cycleYear: number;
  transitionCount: number;
  flaggedAt: Date | null;
  flagReason: string | null;
  deadlineAt: Date | null;
}

export async function resolutionState(dataSource: DataSource, id: string): Promise<ResolutionState> {
  const [row] = (await dataSource.query(
    `SELECT "stage", "cycle_year" AS "cycleYear", "transition_count" AS "transitionCount", "flagged_at" AS "flaggedAt",
            "flag_reason" AS "flagReason", "deadline_at" AS "deadlineAt"
       FROM "resolutions"."resolution" WHERE "id" = $1`,
    [id],
  )) as ResolutionState[];
  if (!row) throw new Error(`no resolution ${id}`);
  return row;
}

export interface StepRow {
  sequence: number;
  transition: string;
  fromStage: string | null;
  toStage: string;
  actorKind: string;
  actorName: string;
  reason: string | null;
  linked: Record<string, unknown>;
}

export async function stepsOf(dataSource: DataSource, id: string): Promise<StepRow[]> {
  return (await dataSource.query(
    `SELECT "sequence", "transition", "from_stage" AS "fromStage", "to_stage" AS "toStage", "actor_kind" AS "actorKind",
            "actor_name" AS "actorName", "reason", "linked"
       FROM "resolutions"."resolution_transition" WHERE "resolution_id" = $1 ORDER BY "sequence"`,
    [id],
  )) as StepRow[];
}
