import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { QuestionResultPayload } from '@civic/contracts';
import { EventHandlerRegistry } from '@civic/data-access';
import { countyResultPayload, eventDelivery } from '../../testing/voting-events';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { PipelineService } from '../workflow';
import { insertTestResolution, resolutionState, stepsOf, type InsertedResolution } from '../../testing/rule-test-rows';

/**
 * Results from the voting service and assemblies' read models, delivered the way the
 * consumer delivers them (inbox + handler in one transaction): a county result moves a
 * resolution once however often it arrives, and the 3:2 rule fast-tracks a family that
 * passed in the same three counties two years running — and only then. The database is
 * shared with other specs, so every family and year here is this spec's own.
 */
let testApp: ResolutionsTestApp;
let dataSource: DataSource;
let registry: EventHandlerRegistry;
// Years far from the other specs' (and the demo's) cycles.
const BASE_YEAR = 2300 + randomInt(0, 600);

beforeAll(async () => {
  testApp = await startResolutionsTestApp({ deadlineSweepMs: 3_600_000 });
  dataSource = testApp.dataSource;
  registry = testApp.app.get(EventHandlerRegistry);
  await testApp.app.get(PipelineService).currentPipeline();
});

afterAll(async () => {
  await testApp?.close();
});

const deliver = eventDelivery(
  () => dataSource,
  () => registry,
);
const countyResult = countyResultPayload;

async function countyResultRows(resolutionId: string): Promise<number> {
  const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "resolutions"."county_result" WHERE "resolution_id" = $1`, [resolutionId])) as Array<{
    n: number;
  }>;
  return row?.n ?? -1;
}

describe('county results', () => {
  it('moves an introduced resolution to county-passed, linked to the result, once however often it arrives', async () => {
    const year = BASE_YEAR;
    const resolution = await insertTestResolution(dataSource, { stage: 'introduced', cycleYear: year, countyCode: '55025' });
    const result = countyResult(resolution, '55025', year, true);
    const eventId = randomUUID();

    expect(await deliver('voting.county-resolution-result', result, eventId)).toBe('applied');
    // The same event again (the inbox), and the same result under a new event id (the result's key).
    expect(await deliver('voting.county-resolution-result', result, eventId)).toBe('duplicate');
    expect(await deliver('voting.county-resolution-result', result)).toBe('applied');

    const state = await resolutionState(dataSource, resolution.id);
    expect(state).toMatchObject({ stage: 'county-passed', transitionCount: 1 });
    expect(await countyResultRows(resolution.id)).toBe(1);
    const steps = await stepsOf(dataSource, resolution.id);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      transition: 'record-county-pass',
      fromStage: 'introduced',
      toStage: 'county-passed',
      actorKind: 'system',
      linked: { countyResultId: result.resultId },
    });
  });

  it('moves a failed one to county-failed', async () => {
    const resolution = await insertTestResolution(dataSource, { stage: 'introduced', cycleYear: BASE_YEAR });
    await deliver('voting.county-resolution-result', countyResult(resolution, '55025', BASE_YEAR, false));
    expect((await resolutionState(dataSource, resolution.id)).stage).toBe('county-failed');
  });

  it('only records a result for a resolution that is no longer introduced', async () => {
    const resolution = await insertTestResolution(dataSource, { stage: 'in-committee', cycleYear: BASE_YEAR, committeeCode: 'big-game', transitionCount: 3 });
    expect(await deliver('voting.county-resolution-result', countyResult(resolution, '55025', BASE_YEAR, true))).toBe('applied');
    expect(await resolutionState(dataSource, resolution.id)).toMatchObject({ stage: 'in-committee', transitionCount: 3 });
    expect(await countyResultRows(resolution.id)).toBe(1);
  });

  it('ignores a result for a resolution it does not know (no retry could help)', async () => {
    const ghost = { id: randomUUID(), familyId: randomUUID(), number: 'none' };
    expect(await deliver('voting.county-resolution-result', countyResult(ghost, '55025', BASE_YEAR, true))).toBe('applied');
    expect(await countyResultRows(ghost.id)).toBe(0);
  });
});

describe('the 3:2 rule', () => {
  const COUNTIES = ['55001', '55003', '55005'];

  /** A family's resolutions in one year, one introduced per county, then their results delivered in order. */
  async function yearOfVotes(familyId: string, year: number, outcomes: Array<[county: string, passed: boolean]>): Promise<InsertedResolution[]> {
    const resolutions: InsertedResolution[] = [];
    for (const [county, passed] of outcomes) {
      const resolution = await insertTestResolution(dataSource, { familyId, stage: 'introduced', cycleYear: year, countyCode: county });
      resolutions.push(resolution);
      await deliver('voting.county-resolution-result', countyResult(resolution, county, year, passed));
    }
    return resolutions;
  }

  async function stagesOf(resolutions: InsertedResolution[]): Promise<string[]> {
    return Promise.all(resolutions.map(async (resolution) => (await resolutionState(dataSource, resolution.id)).stage));
  }

  it('fast-tracks the earliest-numbered of the family when the same three counties pass it two years running', async () => {
    const familyId = randomUUID();
    const year = BASE_YEAR + 10;
    const first = await yearOfVotes(
      familyId,
      year,
      COUNTIES.map((county) => [county, true]),
    );
    expect(await stagesOf(first)).toEqual(['county-passed', 'county-passed', 'county-passed']);

    // Next year: two counties are not enough yet...
    const second = await yearOfVotes(
      familyId,
      year + 1,
      COUNTIES.slice(0, 2).map((county) => [county, true]),
    );
    expect(await stagesOf(second)).toEqual(['county-passed', 'county-passed']);
    // ...the third fires the rule, once.
    second.push(...(await yearOfVotes(familyId, year + 1, [[COUNTIES[2] ?? '', true]])));
    const [earliest] = [...second].sort((a, b) => a.number.localeCompare(b.number));
    const stages = await Promise.all(second.map(async (resolution) => [resolution.id, (await resolutionState(dataSource, resolution.id)).stage] as const));
    expect(stages.filter(([, stage]) => stage === 'on-questionnaire').map(([id]) => id)).toEqual([earliest?.id]);

    const fastTrack = (await stepsOf(dataSource, earliest?.id ?? '')).find((step) => step.transition === 'three-two-rule');
    expect(fastTrack).toMatchObject({
      fromStage: 'county-passed',
      toStage: 'on-questionnaire',
      actorKind: 'system',
      linked: { counties: [...COUNTIES].sort() },
    });
    // Last year's resolutions stay where they were.
    expect(await stagesOf(first)).toEqual(['county-passed', 'county-passed', 'county-passed']);

    // Its question goes to the voting service for the next questionnaire.
    const [approved] = (await dataSource.query(
      `SELECT "payload" FROM "resolutions"."outbox_event" WHERE "name" = 'resolutions.question-approved' AND "payload"->>'resolutionId' = $1`,
      [earliest?.id],
    )) as Array<{ payload: { route: string; questionnaireYear: number } }>;
    expect(approved?.payload).toMatchObject({ route: 'three-two-rule', questionnaireYear: year + 2 });
  });

  it('does not fire with only two counties passing in both years', async () => {
    const familyId = randomUUID();
    const year = BASE_YEAR + 20;
    await yearOfVotes(familyId, year, [
      [COUNTIES[0] ?? '', true],
      [COUNTIES[1] ?? '', true],
      [COUNTIES[2] ?? '', false],
    ]);
    const second = await yearOfVotes(
      familyId,
      year + 1,
      COUNTIES.map((county) => [county, true]),
    );
    expect(await stagesOf(second)).toEqual(['county-passed', 'county-passed', 'county-passed']);
  });

  it('does not fire across a gap year', async () => {
    const familyId = randomUUID();
    const year = BASE_YEAR + 30;
    await yearOfVotes(
      familyId,
      year,
      COUNTIES.map((county) => [county, true]),
    );
    const afterGap = await yearOfVotes(
      familyId,
      year + 2,
      COUNTIES.map((county) => [county, true]),
    );
    expect(await stagesOf(afterGap)).toEqual(['county-passed', 'county-passed', 'county-passed']);
  });
});

describe('statewide results', () => {
  it('records the result and sends the question before the convention, once', async () => {
    const resolution = await insertTestResolution(dataSource, { stage: 'on-questionnaire', cycleYear: BASE_YEAR, transitionCount: 6 });
    const result: QuestionResultPayload = {
      resultId: randomUUID(),
      questionId: randomUUID(),
      resolutionId: resolution.id,
      year: BASE_YEAR + 1,
      yes: 5_000,
      no: 2_000,
      abstain: 100,
      countiesInFavour: 60,
      countiesCounted: 72,
      passed: true,
      certifiedAt: new Date().toISOString(),
    };
    await deliver('voting.question-result', result);
    await deliver('voting.question-result', result);
    expect(await resolutionState(dataSource, resolution.id)).toMatchObject({ stage: 'convention', transitionCount: 7 });
    const steps = await stepsOf(dataSource, resolution.id);
    expect(steps.map((step) => [step.transition, step.linked])).toEqual([['record-statewide-result', { statewideResultId: result.resultId }]]);
  });
});

describe("assemblies' read models", () => {
  it('keeps the newest membership change, whatever the order of arrival', async () => {
    const membershipId = randomUUID();
    const base = {
      membershipId,
      bodyCode: `committee-${randomInt(1_000_000)}`,
      bodyName: 'Big Game Committee',
      bodyKind: 'advisory-committee',
      accountId: randomUUID(),
      displayName: 'Ada Delegate',
      office: null,
      termStart: '2027-01-01',
      termEnd: '2028-01-01',
    };
    await deliver('assemblies.body-membership-changed', { ...base, active: false, changedAt: '2027-05-01T00:00:00.000Z' });
    await deliver('assemblies.body-membership-changed', { ...base, active: true, changedAt: '2027-01-01T00:00:00.000Z' });
    const [row] = (await dataSource.query(`SELECT "active", "body_name" AS "bodyName" FROM "resolutions"."body_member" WHERE "membership_id" = $1`, [
      membershipId,
    ])) as Array<{
      active: boolean;
      bodyName: string;
    }>;
    expect(row).toEqual({ active: false, bodyName: 'Big Game Committee' });
  });

  it('stores a declared conflict once', async () => {
    const payload = {
      conflictId: randomUUID(),
      bodyCode: 'big-game',
      accountId: randomUUID(),
      displayName: 'Ada Delegate',
      resolutionId: randomUUID(),
      reason: 'I guide hunts for a living.',
      declaredAt: new Date().toISOString(),
    };
    await deliver('assemblies.resolution-conflict-declared', payload);
    await deliver('assemblies.resolution-conflict-declared', payload);
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "resolutions"."declared_conflict" WHERE "conflict_id" = $1`, [
      payload.conflictId,
    ])) as Array<{ n: number }>;
    expect(row?.n).toBe(1);
  });
});
