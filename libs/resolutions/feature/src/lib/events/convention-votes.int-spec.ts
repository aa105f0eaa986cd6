import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RollCallClosedPayload } from '@civic/contracts';
import { EventHandlerRegistry } from '@civic/data-access';
import { eventDelivery } from '../../testing/voting-events';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { PipelineService } from '../workflow';
import { insertTestResolution, resolutionState, stepsOf, type InsertedResolution } from '../../testing/rule-test-rows';

/**
 * The convention's roll calls arriving from the voting service ('voting.roll-call-closed'),
 * delivered as the consumer delivers them (inbox + handler in one transaction). Cycle years
 * 2072–2074 are this spec's own.
 */
let testApp: ResolutionsTestApp;
let dataSource: DataSource;
let registry: EventHandlerRegistry;

beforeAll(async () => {
  testApp = await startResolutionsTestApp({ deadlineSweepMs: 3_600_000 });
  dataSource = testApp.dataSource;
  registry = testApp.app.get(EventHandlerRegistry);
  await testApp.app.get(PipelineService).currentPipeline();
});

afterAll(async () => {
  await testApp?.close();
});

const deliverEvent = eventDelivery(
  () => dataSource,
  () => registry,
);
const deliver = (payload: RollCallClosedPayload, id?: string) => deliverEvent('voting.roll-call-closed', payload, id);

function rollCall(
  resolution: InsertedResolution | null,
  outcome: RollCallClosedPayload['outcome'],
  overrides: Partial<RollCallClosedPayload> = {},
): RollCallClosedPayload {
  const counts = { passed: { yes: 250, no: 90, abstain: 5 }, failed: { yes: 120, no: 228, abstain: 2 }, 'no-quorum': { yes: 60, no: 10, abstain: 1 } }[outcome];
  const present = counts.yes + counts.no + counts.abstain + 1;
  return {
    rollCallId: randomUUID(),
    bodyCode: 'convention',
    bodyName: 'Convention',
    title: 'Adopt the congress position on counting wolves',
    year: 2073,
    resolutionId: resolution?.id ?? null,
    questionId: randomUUID(),
    outcome,
    ...counts,
    conflicts: 1,
    present,
    quorum: 181,
    electorateSize: 360,
    threshold: { kind: 'majority', numerator: 1, denominator: 2 },
    closedAt: new Date().toISOString(),
    ...overrides,
  };
}

async function votesOf(id: string): Promise<Array<{ transition: string; vote: unknown }>> {
  return (await dataSource.query(`SELECT "transition", "vote" FROM "resolutions"."resolution_transition" WHERE "resolution_id" = $1 ORDER BY "sequence"`, [
    id,
  ])) as Array<{
    transition: string;
    vote: unknown;
  }>;
}

const beforeConvention = () => insertTestResolution(dataSource, { stage: 'convention', cycleYear: 2072, transitionCount: 7 });

describe("the convention's roll call on a resolution", () => {
  it('adopts a resolution before the convention when the roll call passed, with the vote recorded, once however often it arrives', async () => {
    const resolution = await beforeConvention();
    const passed = rollCall(resolution, 'passed');
    const eventId = randomUUID();

    expect(await deliver(passed, eventId)).toBe('applied');
    expect(await deliver(passed, eventId)).toBe('duplicate');

    expect(await resolutionState(dataSource, resolution.id)).toMatchObject({ stage: 'forwarded-to-board', transitionCount: 8, flaggedAt: null });
    const steps = await stepsOf(dataSource, resolution.id);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      sequence: 8,
      transition: 'convention-adopt',
      fromStage: 'convention',
      toStage: 'forwarded-to-board',
      actorKind: 'system',
    });
    expect(steps[0]?.actorName).toContain('convention-roll-call');
    expect(steps[0]?.reason).toContain(passed.rollCallId);
    expect(steps[0]?.reason).toContain('250 yes, 90 no, 5 abstaining');
    expect(await votesOf(resolution.id)).toEqual([{ transition: 'convention-adopt', vote: { yes: 250, no: 90, abstain: 5 } }]);

    // The same roll call under another event id finds the resolution moved on: nothing happens.
    expect(await deliver(passed)).toBe('applied');
    expect(await stepsOf(dataSource, resolution.id)).toHaveLength(1);
  });

  it('rejects it when the roll call failed', async () => {
    const resolution = await beforeConvention();
    expect(await deliver(rollCall(resolution, 'failed', { threshold: { kind: 'two-thirds', numerator: 2, denominator: 3 } }))).toBe('applied');
    expect(await resolutionState(dataSource, resolution.id)).toMatchObject({ stage: 'convention-rejected', transitionCount: 8 });
    const [step] = await stepsOf(dataSource, resolution.id);
    expect(step).toMatchObject({ transition: 'convention-reject', actorKind: 'system' });
    expect(step?.reason).toContain('not adopted (two-thirds of the votes cast needed)');
  });

  it('leaves it before the convention, unflagged, when the roll call lacked quorum, and records the attempt', async () => {
    const resolution = await beforeConvention();
    expect(await deliver(rollCall(resolution, 'no-quorum'))).toBe('applied');
    expect(await resolutionState(dataSource, resolution.id)).toMatchObject({ stage: 'convention', transitionCount: 8, flaggedAt: null, flagReason: null });
    const [step] = await stepsOf(dataSource, resolution.id);
    expect(step).toMatchObject({ transition: 'result-recorded', fromStage: 'convention', toStage: 'convention', actorKind: 'system' });
    expect(step?.reason).toContain('lacked quorum');
    expect(await votesOf(resolution.id)).toEqual([{ transition: 'result-recorded', vote: { yes: 60, no: 10, abstain: 1 } }]);

    // A later roll call that passes still adopts it.
    expect(await deliver(rollCall(resolution, 'passed'))).toBe('applied');
    expect(await resolutionState(dataSource, resolution.id)).toMatchObject({ stage: 'forwarded-to-board', transitionCount: 9 });
  });

  it('leaves alone a resolution that is not before the convention, a committee roll call, one without a resolution and an unknown resolution', async () => {
    const onQuestionnaire = await insertTestResolution(dataSource, { stage: 'on-questionnaire', cycleYear: 2074, transitionCount: 6 });
    const atConvention = await beforeConvention();

    expect(await deliver(rollCall(onQuestionnaire, 'passed'))).toBe('applied');
    expect(await deliver(rollCall(atConvention, 'passed', { bodyCode: 'executive-committee', bodyName: 'Executive Committee' }))).toBe('applied');
    expect(await deliver(rollCall(null, 'failed'))).toBe('applied');
    expect(await deliver(rollCall({ id: randomUUID(), familyId: randomUUID(), number: 'T-none' }, 'passed'))).toBe('applied');

    expect(await resolutionState(dataSource, onQuestionnaire.id)).toMatchObject({ stage: 'on-questionnaire', transitionCount: 6 });
    expect(await resolutionState(dataSource, atConvention.id)).toMatchObject({ stage: 'convention', transitionCount: 7 });
    expect(await stepsOf(dataSource, onQuestionnaire.id)).toEqual([]);
    expect(await stepsOf(dataSource, atConvention.id)).toEqual([]);
  });
});
