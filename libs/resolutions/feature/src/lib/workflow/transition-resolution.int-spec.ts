import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { codeOf, dataOf, type GraphQLResult } from '@civic/testing';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { PipelineService } from './pipeline.service';
import { TransitionResolutionService } from './transition-resolution.service';
import {
  addBodyMember,
  declareConflict,
  footprint,
  insertTestResolution,
  outboxEventsFor,
  recordCountyResult,
  transitionsOf,
} from '../../testing/workflow-test-fixtures';

/**
 * The workflow against the harness's PostgreSQL through the subgraph: transitions the
 * pipeline allows are recorded with who, when and why, announce themselves in the outbox and
 * enter the audit log; every refusal carries its typed code and writes nothing; of two
 * simultaneous transitions of one resolution exactly one wins.
 */
let testApp: ResolutionsTestApp;
let dataSource: DataSource;
let gql: ResolutionsTestApp['gql'];
let staff: string;
let staffId: string;

const TRANSITION = `mutation ($input: TransitionResolutionInput!) {
  transitionResolution(input: $input) { id stage version committeeCode deadlineAt questionText text textVersion flaggedAt }
}`;
const BULK = `mutation ($input: BulkTransitionResolutionsInput!) {
  bulkTransitionResolutions(input: $input) { resolutionId ok errorCode message resolution { id stage committeeCode deadlineAt } }
}`;

interface Moved {
  id: string;
  stage: string;
  version: number;
  committeeCode: string | null;
  deadlineAt: string | null;
  questionText: string | null;
  text: string;
  textVersion: number;
  flaggedAt: string | null;
}

const transition = (input: Record<string, unknown>, token = staff): Promise<GraphQLResult<{ transitionResolution: Moved }>> =>
  gql<{ transitionResolution: Moved }>(TRANSITION, { input }, { token });

function moved(result: GraphQLResult<{ transitionResolution: Moved }>): Moved {
  return dataOf(result).transitionResolution;
}

beforeAll(async () => {
  testApp = await startResolutionsTestApp();
  ({ dataSource, gql } = testApp);
  // Resolutions written straight to the table need their pipeline version to exist.
  await testApp.app.get(PipelineService).currentPipeline();
  staffId = randomUUID();
  staff = await testApp.issuer.sign({ accountId: staffId, roles: ['staff'], displayName: 'Stella Staff' });
});

afterAll(async () => {
  await testApp?.close();
});

describe('transitions the pipeline allows', () => {
  it('accepts at screening: new stage and version, a public transition, the introduced event and an audit entry', async () => {
    const id = await insertTestResolution(dataSource, { cycleYear: 2031 });
    const result = moved(await transition({ resolutionId: id, transition: 'accept-screening', expectedVersion: 1, reason: 'Meets the criteria.' }));
    expect(result).toMatchObject({ stage: 'introduced', version: 2 });

    const [step] = await transitionsOf(dataSource, id);
    expect(step).toMatchObject({
      sequence: 1,
      transition: 'accept-screening',
      from_stage: 'submitted',
      to_stage: 'introduced',
      actor_kind: 'person',
      actor_name: 'Stella Staff',
      reason: 'Meets the criteria.',
    });
    expect(await outboxEventsFor(dataSource, 'resolutions.introduced', id)).toEqual([
      expect.objectContaining({ resolutionId: id, year: 2031, countyCode: '55025', kind: 'advisory' }),
    ]);
    const [audit] = (await dataSource.query(`SELECT "kind", "actor_name", "data" FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1`, [id])) as Array<{
      kind: string;
      actor_name: string;
      data: Record<string, unknown>;
    }>;
    expect(audit).toMatchObject({
      kind: 'transition',
      actor_name: 'Stella Staff',
      data: { transition: 'accept-screening', from: 'submitted', to: 'introduced', reason: 'Meets the criteria.' },
    });
  });

  it('refers to a committee with its deadline, lets a member of that committee amend it with a vote and a minority report', async () => {
    const id = await insertTestResolution(dataSource, { stage: 'county-passed' });
    const committee = `fish-${randomUUID().slice(0, 8)}`;
    const referred = moved(await transition({ resolutionId: id, transition: 'refer-to-committee', committeeCode: committee }));
    expect(referred.committeeCode).toBe(committee);
    const days = (Date.parse(referred.deadlineAt ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(59.9);
    expect(days).toBeLessThanOrEqual(60);

    const memberId = randomUUID();
    await addBodyMember(dataSource, committee, memberId);
    const member = await testApp.issuer.sign({ accountId: memberId, roles: ['resident'], displayName: 'Mo Member' });
    const amended = moved(
      await transition(
        {
          resolutionId: id,
          transition: 'committee-amend',
          vote: { yes: 5, no: 2, abstain: 1 },
          reason: 'Three is too strict for northern lakes.',
          amendedText: 'Limit the daily bag of walleye to four on inland lakes.',
          minorityReport: 'Two members would keep three.',
          motionId: randomUUID(),
        },
        member,
      ),
    );
    expect(amended).toMatchObject({
      stage: 'council-review',
      text: 'Limit the daily bag of walleye to four on inland lakes.',
      textVersion: 2,
      deadlineAt: null,
    });
    const versions = (await dataSource.query(
      `SELECT "version", "text", "editor_name" FROM "resolutions"."resolution_version" WHERE "resolution_id" = $1 ORDER BY "version"`,
      [id],
    )) as unknown[];
    expect(versions).toEqual([
      expect.objectContaining({ version: 1 }),
      { version: 2, text: 'Limit the daily bag of walleye to four on inland lakes.', editor_name: 'Mo Member' },
    ]);
    const steps = await transitionsOf(dataSource, id);
    expect(steps[1]).toMatchObject({
      transition: 'committee-amend',
      vote: { yes: 5, no: 2, abstain: 1 },
      minority_report: 'Two members would keep three.',
      actor_name: 'Mo Member',
    });
    expect(steps[1]?.linked).toEqual({ motionId: expect.any(String) });
  });

  it('approves the drafted question for next year’s questionnaire when the agency review completes', async () => {
    const id = await insertTestResolution(dataSource, { stage: 'agency-review', cycleYear: 2031 });
    const done = moved(
      await transition({
        resolutionId: id,
        transition: 'complete-agency-review',
        notes: 'Legally sound.',
        questionText: 'Should the walleye bag limit be three?',
      }),
    );
    expect(done).toMatchObject({ stage: 'on-questionnaire', questionText: 'Should the walleye bag limit be three?' });
    expect(await outboxEventsFor(dataSource, 'resolutions.question-approved', id)).toEqual([
      expect.objectContaining({ questionText: 'Should the walleye bag limit be three?', questionnaireYear: 2032, route: 'pipeline' }),
    ]);
  });

  it('lets the platform take a system transition whose condition holds, and records its rule as the actor', async () => {
    const id = await insertTestResolution(dataSource, { stage: 'introduced', cycleYear: 2031 });
    const resultId = await recordCountyResult(dataSource, id, 2031, true);
    const service = testApp.app.get(TransitionResolutionService);
    const row = await service.transition(
      { kind: 'system', rule: 'county-result' },
      { resolutionId: id, transition: 'record-county-pass', linked: { countyResultId: resultId } },
    );
    expect(row.stage).toBe('county-passed');
    expect((await transitionsOf(dataSource, id))[0]).toMatchObject({
      actor_kind: 'system',
      actor_name: 'Civic Congress (rule: county-result)',
      linked: { countyResultId: resultId },
    });
  });

  it('records a step that is not a transition: same stage, counted, audited', async () => {
    const id = await insertTestResolution(dataSource, { stage: 'in-committee', committeeCode: 'fish' });
    const service = testApp.app.get(TransitionResolutionService);
    const flaggedAt = new Date();
    const row = await service.recordStep(
      { kind: 'system', rule: 'committee-deadline' },
      {
        resolutionId: id,
        step: 'deadline-missed',
        reason: 'The committee did not decide by its deadline.',
        linked: {},
        patch: { flaggedAt, flagReason: 'Committee deadline missed' },
      },
    );
    expect(row).toMatchObject({ stage: 'in-committee', transitionCount: 1, rowVersion: 2, flagReason: 'Committee deadline missed' });
    expect((await transitionsOf(dataSource, id))[0]).toMatchObject({ transition: 'deadline-missed', from_stage: 'in-committee', to_stage: 'in-committee' });
    const [audit] = (await dataSource.query(`SELECT "kind" FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1`, [id])) as Array<{ kind: string }>;
    expect(audit?.kind).toBe('deadline-missed');
  });
});

describe('refusals carry a typed code and change nothing', () => {
  async function expectRefused(id: string, attempt: () => Promise<GraphQLResult<unknown>>, code: string, details: Record<string, unknown> = {}): Promise<void> {
    const before = await footprint(dataSource, id);
    const result = await attempt();
    expect(codeOf(result)).toBe(code);
    expect(result.errors?.[0]?.extensions).toMatchObject(details);
    expect(await footprint(dataSource, id)).toEqual(before);
  }

  it('refuses a resolution that does not exist', async () => {
    const missing = randomUUID();
    expect(codeOf(await transition({ resolutionId: missing, transition: 'accept-screening' }))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(await transition({ resolutionId: 'not-an-id', transition: 'accept-screening' }))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('refuses a transition the pipeline does not have, or not from this stage', async () => {
    const id = await insertTestResolution(dataSource);
    await expectRefused(id, () => transition({ resolutionId: id, transition: 'fast-forward' }), ErrorCode.TRANSITION_NOT_IN_PIPELINE);
    await expectRefused(
      id,
      () => transition({ resolutionId: id, transition: 'refer-to-committee', committeeCode: 'fish' }),
      ErrorCode.TRANSITION_NOT_IN_PIPELINE,
      { stage: 'submitted' },
    );
  });

  it('refuses someone the pipeline does not allow, and the platform’s own transitions to people', async () => {
    const authorId = randomUUID();
    const id = await insertTestResolution(dataSource, { authorId });
    const author = await testApp.issuer.sign({ accountId: authorId, roles: ['resident'] });
    const stranger = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'] });
    await expectRefused(id, () => transition({ resolutionId: id, transition: 'accept-screening' }, author), ErrorCode.FORBIDDEN);
    await expectRefused(id, () => transition({ resolutionId: id, transition: 'withdraw', reason: 'Mine now' }, stranger), ErrorCode.FORBIDDEN);
    const introduced = await insertTestResolution(dataSource, { stage: 'introduced' });
    await recordCountyResult(dataSource, introduced, 2031, true);
    await expectRefused(introduced, () => transition({ resolutionId: introduced, transition: 'record-county-pass' }), ErrorCode.FORBIDDEN);
    // The author may withdraw their own.
    expect(moved(await transition({ resolutionId: id, transition: 'withdraw', reason: 'I will rewrite it.' }, author)).stage).toBe('withdrawn');
  });

  it('refuses a committee member who declared a conflict of interest on the resolution', async () => {
    const committee = `deer-${randomUUID().slice(0, 8)}`;
    const id = await insertTestResolution(dataSource, { stage: 'in-committee', committeeCode: committee });
    const memberId = randomUUID();
    await addBodyMember(dataSource, committee, memberId);
    await declareConflict(dataSource, id, committee, memberId);
    const member = await testApp.issuer.sign({ accountId: memberId, roles: ['resident'] });
    await expectRefused(
      id,
      () => transition({ resolutionId: id, transition: 'committee-advance', vote: { yes: 3, no: 0, abstain: 0 }, reason: 'Good idea' }, member),
      ErrorCode.CONFLICT_OF_INTEREST_DECLARED,
      { bodyCode: committee },
    );
  });

  it('refuses a system transition whose condition does not hold', async () => {
    const id = await insertTestResolution(dataSource, { stage: 'introduced' });
    const service = testApp.app.get(TransitionResolutionService);
    const before = await footprint(dataSource, id);
    await expect(service.transition({ kind: 'system', rule: 'county-result' }, { resolutionId: id, transition: 'record-county-pass' })).rejects.toMatchObject({
      code: ErrorCode.CONDITION_NOT_MET,
    });
    await recordCountyResult(dataSource, id, 2031, false);
    await expect(service.transition({ kind: 'system', rule: 'county-result' }, { resolutionId: id, transition: 'record-county-pass' })).rejects.toMatchObject({
      code: ErrorCode.CONDITION_NOT_MET,
    });
    expect(await footprint(dataSource, id)).toEqual(before);
  });

  it('refuses missing or unexpected inputs, naming the field', async () => {
    const id = await insertTestResolution(dataSource);
    await expectRefused(id, () => transition({ resolutionId: id, transition: 'reject-at-screening' }), ErrorCode.BAD_USER_INPUT, { field: 'reason' });
    await expectRefused(id, () => transition({ resolutionId: id, transition: 'accept-screening', minorityReport: 'We disagree' }), ErrorCode.BAD_USER_INPUT, {
      field: 'minorityReport',
    });
    await expectRefused(
      id,
      () => transition({ resolutionId: id, transition: 'accept-screening', decideBy: new Date(Date.now() - 1_000).toISOString() }),
      ErrorCode.BAD_USER_INPUT,
      { field: 'decideBy' },
    );
    await expectRefused(
      id,
      () => transition({ resolutionId: id, transition: 'accept-screening', decideBy: new Date(Date.now() + 86_400_000).toISOString() }),
      ErrorCode.BAD_USER_INPUT,
      { field: 'decideBy' },
    );
    const passed = await insertTestResolution(dataSource, { stage: 'county-passed' });
    await expectRefused(passed, () => transition({ resolutionId: passed, transition: 'refer-to-committee' }), ErrorCode.BAD_USER_INPUT, {
      field: 'committeeCode',
    });
    const committee = await insertTestResolution(dataSource, { stage: 'in-committee', committeeCode: 'fish' });
    await expectRefused(committee, () => transition({ resolutionId: committee, transition: 'committee-reject', reason: 'No' }), ErrorCode.BAD_USER_INPUT, {
      field: 'vote',
    });
    await expectRefused(
      committee,
      () => transition({ resolutionId: committee, transition: 'committee-reject', reason: 'No', vote: { yes: -1, no: 3, abstain: 0 } }),
      ErrorCode.BAD_USER_INPUT,
      { field: 'vote' },
    );
  });

  it('refuses a stale version with the expected and current versions', async () => {
    const id = await insertTestResolution(dataSource);
    await expectRefused(id, () => transition({ resolutionId: id, transition: 'accept-screening', expectedVersion: 7 }), ErrorCode.CONFLICT, {
      expectedVersion: 7,
      currentVersion: 1,
    });
  });

  it('refuses at once while another transaction holds the resolution', async () => {
    const id = await insertTestResolution(dataSource);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT 1 FROM "resolutions"."resolution" WHERE "id" = $1 FOR UPDATE`, [id]);
      const result = await transition({ resolutionId: id, transition: 'accept-screening' });
      expect(codeOf(result)).toBe(ErrorCode.CONFLICT);
      expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'concurrent' });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await footprint(dataSource, id)).toMatchObject({ stage: 'submitted', row_version: 1, transitions: 0 });
  });
});

describe('concurrency', () => {
  it('lets exactly one of two simultaneous transitions of a resolution win; the other gets CONFLICT', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await insertTestResolution(dataSource);
      const results = await Promise.all([
        transition({ resolutionId: id, transition: 'accept-screening', expectedVersion: 1 }),
        transition({ resolutionId: id, transition: 'reject-at-screening', expectedVersion: 1, reason: 'Out of scope' }),
      ]);
      const codes = results.map((result) => codeOf(result) ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const after = await footprint(dataSource, id);
      expect(after).toMatchObject({ row_version: 2, transition_count: 1, transitions: 1 });
      expect(['introduced', 'rejected-at-screening']).toContain(after['stage']);
    }
  });
});

describe('bulk transitions', () => {
  it('refers many resolutions at once, each on its own: refusals do not hold back the rest', async () => {
    const ready = [await insertTestResolution(dataSource, { stage: 'county-passed' }), await insertTestResolution(dataSource, { stage: 'county-passed' })];
    const early = await insertTestResolution(dataSource);
    const missing = randomUUID();
    const decideBy = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const result = await gql<{
      bulkTransitionResolutions: Array<{
        resolutionId: string;
        ok: boolean;
        errorCode: string | null;
        resolution: { stage: string; committeeCode: string; deadlineAt: string } | null;
      }>;
    }>(
      BULK,
      { input: { resolutionIds: [...ready, early, missing], transition: 'refer-to-committee', committeeCode: 'fish-and-game', decideBy } },
      { token: staff },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.bulkTransitionResolutions.map(({ resolutionId, ok, errorCode }) => ({ resolutionId, ok, errorCode }))).toEqual([
      { resolutionId: ready[0], ok: true, errorCode: null },
      { resolutionId: ready[1], ok: true, errorCode: null },
      { resolutionId: early, ok: false, errorCode: ErrorCode.TRANSITION_NOT_IN_PIPELINE },
      { resolutionId: missing, ok: false, errorCode: ErrorCode.NOT_FOUND },
    ]);
    expect(result.data?.bulkTransitionResolutions[0]?.resolution).toMatchObject({
      stage: 'in-committee',
      committeeCode: 'fish-and-game',
      deadlineAt: decideBy,
    });

    const resident = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'] });
    expect(codeOf(await gql(BULK, { input: { resolutionIds: [early], transition: 'accept-screening' } }, { token: resident }))).toBe(ErrorCode.FORBIDDEN);
    const tooMany = Array.from({ length: 201 }, () => randomUUID());
    expect(codeOf(await gql(BULK, { input: { resolutionIds: tooMany, transition: 'accept-screening' } }, { token: staff }))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
