import { randomInt, randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { ErrorCode, QueueName } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { codeOf } from '@civic/testing';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { insertTestResolution, resolutionState, stepsOf, type InsertedResolution } from '../../testing/rule-test-rows';
import { DEFAULT_RESOLUTIONS_FEATURE_OPTIONS } from '../resolutions-feature.options';
import { PipelineService, TransitionResolutionService } from '../workflow';
import { DEADLINE_SWEEP_JOB, CARRY_OVER_JOB, stageDeadlineJobId } from '../deadline-queue';

/**
 * Deadlines and carry-over against the harness's PostgreSQL and Redis: a committee's
 * deadline is a delayed BullMQ job that flags the resolution publicly and advances it, and
 * still fires after the service restarts; the sweep catches an overdue stage that has no
 * job; the yearly carry-over moves undecided resolutions on once. The database is shared
 * with other specs, so the years and committees here are this spec's own.
 */
let testApp: ResolutionsTestApp;
let dataSource: DataSource;
const SWEEP_MS = 3_600_000; // never during the spec: sweeps here are added by hand
const suffix = randomInt(100_000, 999_999).toString();
const COMMITTEE = `big-game-${suffix}`;
const BASE_YEAR = 3000 + randomInt(0, 900);
const staffUser: AuthenticatedUser = { accountId: randomUUID(), roles: ['staff'], tokenId: undefined, displayName: 'Sam Staff' };

async function start(): Promise<void> {
  testApp = await startResolutionsTestApp({ deadlineSweepMs: SWEEP_MS });
  dataSource = testApp.dataSource;
}

const queue = (): Queue => testApp.app.get<Queue>(getQueueToken(QueueName.resolutionDeadlines));
const transitions = (): TransitionResolutionService => testApp.app.get(TransitionResolutionService);

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await delay(100);
  }
}

function congressDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: DEFAULT_RESOLUTIONS_FEATURE_OPTIONS.carryOverTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** A county-passed resolution referred to this spec's committee, which must decide within `ms`. */
async function referredWithDeadline(ms: number, cycleYear = BASE_YEAR): Promise<{ resolution: InsertedResolution; decideBy: Date; sequence: number }> {
  const resolution = await insertTestResolution(dataSource, { stage: 'county-passed', cycleYear, transitionCount: 2 });
  const decideBy = new Date(Date.now() + ms);
  const row = await transitions().transition(
    { kind: 'person', user: staffUser },
    { resolutionId: resolution.id, transition: 'refer-to-committee', committeeCode: COMMITTEE, decideBy },
  );
  expect(row.deadlineAt?.getTime()).toBe(decideBy.getTime());
  return { resolution, decideBy, sequence: row.transitionCount };
}

beforeAll(async () => {
  await start();
  await testApp.app.get(PipelineService).currentPipeline();
  // Assemblies told us who sits on the committee, and so its public name.
  await dataSource.query(
    `INSERT INTO "resolutions"."body_member" ("membership_id", "body_code", "body_name", "account_id", "display_name", "office", "active", "term_start", "term_end", "changed_at")
     VALUES ($1, $2, 'Big Game Committee', $3, 'Ada Delegate', NULL, true, '2000-01-01', '2999-01-01', now())`,
    [randomUUID(), COMMITTEE, randomUUID()],
  );
});

afterAll(async () => {
  await testApp?.close();
});

describe('stage deadlines', () => {
  it('flags a committee that did not decide in time, publicly, and advances the resolution', async () => {
    const { resolution, decideBy, sequence } = await referredWithDeadline(1_000);
    const job = await queue().getJob(stageDeadlineJobId(resolution.id, sequence));
    expect(await job?.isDelayed()).toBe(true);

    await waitFor('the advance', async () => (await resolutionState(dataSource, resolution.id)).stage === 'council-review');
    const reason = `The Big Game Committee did not decide by ${congressDate(decideBy)}.`;
    const steps = await stepsOf(dataSource, resolution.id);
    expect(steps.map((step) => [step.transition, step.fromStage, step.toStage, step.actorKind])).toEqual([
      ['refer-to-committee', 'county-passed', 'in-committee', 'person'],
      ['deadline-missed', 'in-committee', 'in-committee', 'system'],
      ['advance-by-deadline', 'in-committee', 'council-review', 'system'],
    ]);
    expect(steps[1]?.reason).toBe(reason);
    expect(steps[1]?.linked).toMatchObject({ deadlineAt: decideBy.toISOString(), deadlineKind: 'committee-decision' });
    expect(await (await queue().getJob(stageDeadlineJobId(resolution.id, sequence)))?.returnvalue).toBe('flagged-and-advanced');

    // On the public record, without a token, after it moved on.
    const result = await testApp.gql<{
      overdueResolutions: { edges: Array<{ node: Record<string, unknown> & { resolution: { id: string; stage: string } } }> };
    }>(`{ overdueResolutions(first: 100) { edges { node { resolution { id stage } reason missedStage missedDeadlineAt stillOverdue } } } }`);
    const entry = result.data?.overdueResolutions.edges.find(({ node }) => node.resolution.id === resolution.id)?.node;
    expect(entry).toEqual({
      resolution: { id: resolution.id, stage: 'council-review' },
      reason,
      missedStage: 'in-committee',
      missedDeadlineAt: decideBy.toISOString(),
      stillOverdue: false,
    });
  });

  it('does nothing when the committee decided before the deadline (the job is stale)', async () => {
    const { resolution, sequence } = await referredWithDeadline(800);
    await transitions().transition(
      { kind: 'person', user: staffUser },
      { resolutionId: resolution.id, transition: 'committee-advance', vote: { yes: 5, no: 1, abstain: 0 }, reason: 'Sound and well drafted.' },
    );
    const job = await waitFor('the deadline job', async () => {
      const found = await queue().getJob(stageDeadlineJobId(resolution.id, sequence));
      return (await found?.isCompleted()) ? found : null;
    });
    expect(job.returnvalue).toBe('stale');
    const state = await resolutionState(dataSource, resolution.id);
    expect(state).toMatchObject({ stage: 'council-review', flaggedAt: null });
    expect((await stepsOf(dataSource, resolution.id)).map((step) => step.transition)).toEqual(['refer-to-committee', 'committee-advance']);
  });

  it('still fires after the service restarts: the job waits in Redis, not in memory', async () => {
    const { resolution, sequence } = await referredWithDeadline(4_000);
    await testApp.close();
    await start();
    await waitFor('the advance after the restart', async () => (await resolutionState(dataSource, resolution.id)).stage === 'council-review');
    // The delayed job did it (not a sweep).
    expect(await (await queue().getJob(stageDeadlineJobId(resolution.id, sequence)))?.returnvalue).toBe('flagged-and-advanced');
  });

  it('sweeps an overdue stage whose job was never queued, once', async () => {
    const dueAt = new Date(Date.now() - 60_000);
    const resolution = await insertTestResolution(dataSource, { stage: 'forwarded-to-board', cycleYear: BASE_YEAR, transitionCount: 9, deadlineAt: dueAt });
    await queue().add(DEADLINE_SWEEP_JOB, {});
    const flagged = await waitFor('the flag', async () => {
      const state = await resolutionState(dataSource, resolution.id);
      return state.flaggedAt ? state : null;
    });
    // Flag only: the board's deadline does not advance anything.
    expect(flagged).toMatchObject({ stage: 'forwarded-to-board', flagReason: `The board did not respond by ${congressDate(dueAt)}.`, transitionCount: 10 });

    const second = await queue().add(DEADLINE_SWEEP_JOB, {});
    await waitFor('the second sweep', async () => (await second.isCompleted()) || null);
    expect((await stepsOf(dataSource, resolution.id)).map((step) => step.transition)).toEqual(['deadline-missed']);

    const current = await testApp.gql<{ overdueResolutions: { edges: Array<{ node: { resolution: { id: string }; stillOverdue: boolean } }> } }>(
      `{ overdueResolutions(first: 100, currentOnly: true, stage: "forwarded-to-board") { edges { node { resolution { id } stillOverdue } } } }`,
    );
    expect(current.data?.overdueResolutions.edges.map(({ node }) => node)).toContainEqual({ resolution: { id: resolution.id }, stillOverdue: true });
  });

  it('keeps the sweep and the yearly carry-over scheduled in Redis', async () => {
    const sweep = await queue().getJobScheduler(DEADLINE_SWEEP_JOB);
    expect(Number(sweep?.every)).toBe(SWEEP_MS);
    const carryOver = await queue().getJobScheduler(CARRY_OVER_JOB);
    expect(carryOver).toMatchObject({ pattern: DEFAULT_RESOLUTIONS_FEATURE_OPTIONS.carryOverCron, tz: DEFAULT_RESOLUTIONS_FEATURE_OPTIONS.carryOverTimeZone });
  });
});

describe('carry-over', () => {
  const ROLL_OVER = `mutation ($fromYear: Int!) { rollOverResolutionCycle(fromYear: $fromYear) { carriedOver { id cycleYear stage } } }`;
  type RollOver = { rollOverResolutionCycle: { carriedOver: Array<{ id: string; cycleYear: number; stage: string }> } };

  it('moves county-passed and in-committee resolutions into the next cycle, once; the committee deadline still stands', async () => {
    const year = BASE_YEAR + 100;
    const countyPassed = await insertTestResolution(dataSource, { stage: 'county-passed', cycleYear: year, transitionCount: 2 });
    const { resolution: inCommittee } = await referredWithDeadline(3_000, year);
    const introduced = await insertTestResolution(dataSource, { stage: 'introduced', cycleYear: year, transitionCount: 1 });
    const inReview = await insertTestResolution(dataSource, { stage: 'council-review', cycleYear: year, transitionCount: 4 });
    const staff = await testApp.issuer.sign({ accountId: staffUser.accountId, roles: ['staff'], displayName: 'Sam Staff' });

    const first = await testApp.gql<RollOver>(ROLL_OVER, { fromYear: year }, { token: staff });
    expect(first.errors).toBeUndefined();
    expect(first.data?.rollOverResolutionCycle.carriedOver.map((r) => r.id).sort()).toEqual([countyPassed.id, inCommittee.id].sort());
    expect(first.data?.rollOverResolutionCycle.carriedOver.every((r) => r.cycleYear === year + 1)).toBe(true);
    for (const unchanged of [introduced, inReview]) expect((await resolutionState(dataSource, unchanged.id)).cycleYear).toBe(year);
    const carried = (await stepsOf(dataSource, countyPassed.id))[0];
    expect(carried).toMatchObject({
      transition: 'carry-over',
      fromStage: 'county-passed',
      toStage: 'county-passed',
      actorKind: 'person',
      actorName: 'Sam Staff',
      linked: { fromCycleYear: year },
    });

    const second = await testApp.gql<RollOver>(ROLL_OVER, { fromYear: year }, { token: staff });
    expect(second.data?.rollOverResolutionCycle.carriedOver).toEqual([]);
    expect((await stepsOf(dataSource, countyPassed.id)).map((step) => step.transition)).toEqual(['carry-over']);

    // The committee's deadline survives the carry-over (it did not change the stage).
    await waitFor('the carried-over committee deadline', async () => (await resolutionState(dataSource, inCommittee.id)).stage === 'council-review');
  });

  it('is for staff only', async () => {
    const resident = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'] });
    const refused = await testApp.gql<RollOver>(ROLL_OVER, { fromYear: BASE_YEAR + 200 }, { token: resident });
    expect(codeOf(refused)).toBe(ErrorCode.FORBIDDEN);
  });
});
