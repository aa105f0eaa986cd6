import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { BullStageDeadlineScheduler } from './bull-stage-deadline.scheduler';
import { SCHEDULE_TIMEOUT_MS } from './resolution-deadlines.job';

/** Scheduling a deadline must never hold up or fail the transition that asks for it. */
describe('BullStageDeadlineScheduler', () => {
  const job = { resolutionId: '6f1c2a9e-0000-4000-8000-000000000001', transitionSequence: 3, dueAt: new Date(Date.now() + 60_000) };

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  function schedulerWith(add: jest.Mock) {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    return { scheduler: new BullStageDeadlineScheduler({ add } as unknown as Queue), warn };
  }

  it('queues one delayed job per stage entry, due at the deadline', () => {
    const add = jest.fn().mockResolvedValue(undefined);
    const { scheduler } = schedulerWith(add);
    scheduler.schedule(job);
    expect(add).toHaveBeenCalledWith(
      'stage-deadline',
      { resolutionId: job.resolutionId, transitionSequence: 3, dueAt: job.dueAt.toISOString() },
      expect.objectContaining({ jobId: `deadline:${job.resolutionId}:3`, attempts: expect.any(Number) }),
    );
    const delay = (add.mock.calls[0]?.[2] as { delay: number }).delay;
    expect(delay).toBeGreaterThan(59_000);
    expect(delay).toBeLessThanOrEqual(60_000);
  });

  it('returns at once and only logs when Redis does not answer', async () => {
    jest.useFakeTimers();
    const add = jest.fn(() => new Promise(() => undefined));
    const { scheduler, warn } = schedulerWith(add);
    expect(scheduler.schedule(job)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(SCHEDULE_TIMEOUT_MS + 1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the sweep will catch it'));
  });

  it('only logs when Redis refuses', async () => {
    const add = jest.fn().mockRejectedValue(new Error('ECONNREFUSED'));
    const { scheduler, warn } = schedulerWith(add);
    expect(() => scheduler.schedule(job)).not.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
  });

  it('queues an already-passed deadline to run now', () => {
    const add = jest.fn().mockResolvedValue(undefined);
    const { scheduler } = schedulerWith(add);
    scheduler.schedule({ ...job, dueAt: new Date(Date.now() - 5_000) });
    expect((add.mock.calls[0]?.[2] as { delay: number }).delay).toBe(0);
  });
});
