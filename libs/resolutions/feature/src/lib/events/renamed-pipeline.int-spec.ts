import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ErrorCode, type RollCallClosedPayload } from '@civic/contracts';
import { EventHandlerRegistry } from '@civic/data-access';
import { WISCONSIN_PIPELINE, type PipelineDefinition } from '@civic/resolutions-domain';
import { codeOf, succeedingClient } from '@civic/testing';
import { countyResultPayload, eventDelivery } from '../../testing/voting-events';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { PipelineService } from '../workflow';
import { insertTestResolution, resolutionState, stepsOf, type InsertedResolution } from '../../testing/rule-test-rows';

/**
 * Pipeline behaviour is data: a congress publishes the Wisconsin pipeline with every stage and
 * transition code in its own words, and every automatic move still happens, because the
 * services follow the transitions' declarations (effects, takenWhen) rather than codes. And
 * a pipeline whose declarations cannot work is refused when published. The current version
 * is the Wisconsin default again when this spec ends (later specs share the database).
 */
let testApp: ResolutionsTestApp;
let dataSource: DataSource;
let registry: EventHandlerRegistry;
let gql: ResolutionsTestApp['gql'];
let ok: ReturnType<typeof succeedingClient>;
let version: number;
// Years far from the other specs' (and the demo's) cycles.
const YEAR = 3100 + randomInt(0, 800);

/** Every code in other words: none of the Wisconsin codes the services once knew is left. */
const our = (code: string) => `our-${code}`;

function renamed(def: PipelineDefinition): PipelineDefinition {
  return {
    ...def,
    name: 'Our own words',
    initialStage: our(def.initialStage),
    stages: def.stages.map((stage) => ({
      ...stage,
      code: our(stage.code),
      ...(stage.deadline ? { deadline: { ...stage.deadline, ...(stage.deadline.advanceBy ? { advanceBy: our(stage.deadline.advanceBy) } : {}) } } : {}),
    })),
    transitions: def.transitions.map((transition) => ({ ...transition, code: our(transition.code), from: transition.from.map(our), to: our(transition.to) })),
  };
}

const PUBLISH = `mutation ($definitionJson: String!, $reason: String!) {
  publishResolutionPipeline(definitionJson: $definitionJson, reason: $reason) {
    version
    transitions { code effects takenWhen { event bodyCode } }
    threeTwoRule { counties consecutiveYears }
  }
}`;
const CURRENT = `query { resolutionPipeline { version } }`;
const TRANSITION = `mutation ($input: TransitionResolutionInput!) { transitionResolution(input: $input) { id stage } }`;

interface Published {
  publishResolutionPipeline: {
    version: number;
    transitions: Array<{ code: string; effects: string[]; takenWhen: { event: string; bodyCode: string | null } | null }>;
  };
}

beforeAll(async () => {
  testApp = await startResolutionsTestApp({ deadlineSweepMs: 3_600_000 });
  ({ dataSource, gql } = testApp);
  registry = testApp.app.get(EventHandlerRegistry);
  await testApp.app.get(PipelineService).currentPipeline();
  // Publishing is congress-wide: an admin publishes at once, with no second person.
  const admin = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['admin'], displayName: 'Pipeline Admin' });
  ok = succeedingClient(gql, admin);
  const published = await ok<Published>(PUBLISH, { definitionJson: JSON.stringify(renamed(WISCONSIN_PIPELINE)), reason: 'In our own words' });
  version = published.publishResolutionPipeline.version;
  // The declarations travel with the published version and are readable.
  expect(published.publishResolutionPipeline.transitions.find((t) => t.code === 'our-convention-adopt')).toEqual({
    code: 'our-convention-adopt',
    effects: [],
    takenWhen: { event: 'roll-call-passed', bodyCode: 'convention' },
  });
});

afterAll(async () => {
  try {
    if (ok) await ok(PUBLISH, { definitionJson: JSON.stringify(WISCONSIN_PIPELINE), reason: 'Back to the default' });
  } finally {
    await testApp?.close();
  }
});

const deliver = eventDelivery(
  () => dataSource,
  () => registry,
);

const at = (stage: string, extra: { familyId?: string; countyCode?: string; cycleYear?: number } = {}) =>
  insertTestResolution(dataSource, { stage: our(stage), cycleYear: YEAR, transitionCount: 3, pipelineVersion: version, ...extra });

const countyResult = countyResultPayload;

function rollCall(resolution: InsertedResolution, outcome: RollCallClosedPayload['outcome']): RollCallClosedPayload {
  const counts = outcome === 'passed' ? { yes: 250, no: 90, abstain: 5 } : { yes: 120, no: 228, abstain: 2 };
  return {
    rollCallId: randomUUID(),
    bodyCode: 'convention',
    bodyName: 'Convention',
    title: 'Adopt the congress position',
    year: YEAR,
    resolutionId: resolution.id,
    questionId: randomUUID(),
    outcome,
    ...counts,
    conflicts: 0,
    present: counts.yes + counts.no + counts.abstain,
    quorum: 181,
    electorateSize: 360,
    threshold: { kind: 'majority', numerator: 1, denominator: 2 },
    closedAt: new Date().toISOString(),
  };
}

async function announced(name: string, resolutionId: string): Promise<Array<Record<string, unknown>>> {
  const rows = (await dataSource.query(`SELECT "payload" FROM "resolutions"."outbox_event" WHERE "name" = $1 AND "payload"->>'resolutionId' = $2`, [
    name,
    resolutionId,
  ])) as Array<{
    payload: Record<string, unknown>;
  }>;
  return rows.map((row) => row.payload);
}

async function lastStep(resolution: InsertedResolution) {
  const steps = await stepsOf(dataSource, resolution.id);
  return steps[steps.length - 1];
}

describe('a pipeline published with every code renamed', () => {
  it('opens the county vote on the transition that declares it', async () => {
    const resolution = await at('submitted');
    await ok(TRANSITION, { input: { resolutionId: resolution.id, transition: 'our-accept-screening' } });
    expect((await resolutionState(dataSource, resolution.id)).stage).toBe('our-introduced');
    expect(await announced('resolutions.introduced', resolution.id)).toEqual([expect.objectContaining({ resolutionId: resolution.id, year: YEAR })]);
  });

  it('moves a resolution by its county result, passed or failed', async () => {
    const passing = await at('introduced');
    const failing = await at('introduced');
    expect(await deliver('voting.county-resolution-result', countyResult(passing, '55025', YEAR, true))).toBe('applied');
    expect(await deliver('voting.county-resolution-result', countyResult(failing, '55025', YEAR, false))).toBe('applied');
    expect((await resolutionState(dataSource, passing.id)).stage).toBe('our-county-passed');
    expect(await lastStep(passing)).toMatchObject({ transition: 'our-record-county-pass', fromStage: 'our-introduced', actorKind: 'system' });
    expect((await resolutionState(dataSource, failing.id)).stage).toBe('our-county-failed');
    expect(await lastStep(failing)).toMatchObject({ transition: 'our-record-county-fail', actorKind: 'system' });
  });

  it('puts the question on the questionnaire when the agency review completes', async () => {
    const resolution = await at('agency-review');
    await ok(TRANSITION, {
      input: { resolutionId: resolution.id, transition: 'our-complete-agency-review', notes: 'Legal: fine.', questionText: 'Should the wolves be counted?' },
    });
    expect((await resolutionState(dataSource, resolution.id)).stage).toBe('our-on-questionnaire');
    expect(await announced('resolutions.question-approved', resolution.id)).toEqual([
      expect.objectContaining({ questionText: 'Should the wolves be counted?', questionnaireYear: YEAR + 1, route: 'pipeline' }),
    ]);
  });

  it('sends the question before the convention when the statewide result is certified', async () => {
    const resolution = await at('on-questionnaire');
    await deliver('voting.question-result', {
      resultId: randomUUID(),
      questionId: randomUUID(),
      resolutionId: resolution.id,
      year: YEAR + 1,
      yes: 5_000,
      no: 2_000,
      abstain: 100,
      countiesInFavour: 60,
      countiesCounted: 72,
      passed: true,
      certifiedAt: new Date().toISOString(),
    });
    expect((await resolutionState(dataSource, resolution.id)).stage).toBe('our-convention');
    expect(await lastStep(resolution)).toMatchObject({ transition: 'our-record-statewide-result', actorKind: 'system' });
  });

  it("applies the convention's roll call: adopted or rejected", async () => {
    const adopted = await at('convention');
    const rejected = await at('convention');
    await deliver('voting.roll-call-closed', rollCall(adopted, 'passed'));
    await deliver('voting.roll-call-closed', rollCall(rejected, 'failed'));
    expect((await resolutionState(dataSource, adopted.id)).stage).toBe('our-forwarded-to-board');
    expect(await lastStep(adopted)).toMatchObject({
      transition: 'our-convention-adopt',
      actorKind: 'system',
      actorName: expect.stringContaining('convention-roll-call'),
    });
    expect((await resolutionState(dataSource, rejected.id)).stage).toBe('our-convention-rejected');
    expect(await lastStep(rejected)).toMatchObject({ transition: 'our-convention-reject', actorKind: 'system' });
  });

  it('fast-tracks a family by the 3:2 rule and puts its question on the questionnaire', async () => {
    const familyId = randomUUID();
    const counties = ['55001', '55003', '55005'];
    const members: InsertedResolution[] = [];
    for (const year of [YEAR, YEAR + 1]) {
      for (const county of counties) {
        const resolution = await at('introduced', { familyId, countyCode: county, cycleYear: year });
        if (year === YEAR + 1) members.push(resolution);
        await deliver('voting.county-resolution-result', countyResult(resolution, county, year, true));
      }
    }
    const [earliest] = [...members].sort((a, b) => a.number.localeCompare(b.number));
    expect((await resolutionState(dataSource, earliest!.id)).stage).toBe('our-on-questionnaire');
    expect(await lastStep(earliest!)).toMatchObject({ transition: 'our-three-two-rule', fromStage: 'our-county-passed', actorKind: 'system' });
    expect(await announced('resolutions.question-approved', earliest!.id)).toEqual([
      expect.objectContaining({ route: 'three-two-rule', questionnaireYear: YEAR + 2 }),
    ]);
    const others = await Promise.all(members.filter((m) => m !== earliest).map(async (m) => (await resolutionState(dataSource, m.id)).stage));
    expect(others).toEqual(['our-county-passed', 'our-county-passed']);
  });
});

describe('publishing a pipeline whose declarations cannot work', () => {
  it('is refused with BAD_USER_INPUT naming the transition and stage, and publishes nothing', async () => {
    const before = (await ok<{ resolutionPipeline: { version: number } }>(CURRENT)).resolutionPipeline.version;
    const broken = renamed(WISCONSIN_PIPELINE);
    // Questions go on the questionnaire, but nothing receives the statewide result any more.
    const unworkable = {
      ...broken,
      transitions: broken.transitions.map((t) => (t.code === 'our-record-statewide-result' ? { ...t, takenWhen: undefined } : t)),
    };
    const result = await gql(
      PUBLISH,
      { definitionJson: JSON.stringify(unworkable), reason: 'Broken' },
      { token: await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] }) },
    );

    expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
    const error = result.errors?.[0];
    const index = WISCONSIN_PIPELINE.transitions.findIndex((t) => t.code === 'three-two-rule');
    expect(error?.message).toBe(
      `The pipeline is not valid: transitions[${index}].effects[0]: transition "our-three-two-rule" puts a question on the questionnaire, ` +
        'but no transition leaves its stage "our-on-questionnaire" when the statewide result is certified (and 1 more problem).',
    );
    expect(error?.extensions).toMatchObject({
      field: 'definitionJson',
      problems: [
        { path: `transitions[${index}].effects[0]`, message: expect.stringContaining('"our-three-two-rule"') },
        { path: expect.stringMatching(/^transitions\[\d+\]\.effects\[0\]$/), message: expect.stringContaining('"our-complete-agency-review"') },
      ],
    });
    expect((await ok<{ resolutionPipeline: { version: number } }>(CURRENT)).resolutionPipeline.version).toBe(before);
  });
});
