/**
 * Jobs of the resolutions service's own queue (QueueName.resolutionDeadlines): name → payload.
 * The processor refuses a job name it does not know.
 */
export interface ResolutionDeadlineJobPayloads {
  /** A stage's deadline, as a delayed job: acts only if the resolution is still where transition `transitionSequence` left it. */
  'stage-deadline': { resolutionId: string; transitionSequence: number; dueAt: string };
  /** Repeating safety net: every overdue stage nobody flagged yet (its delayed job was lost or late). */
  'deadline-sweep': Record<string, never>;
  /** Yearly: resolutions still in a carrying-over stage move into the next congress year's cycle. */
  'carry-over': Record<string, never>;
}
export type ResolutionDeadlineJobName = keyof ResolutionDeadlineJobPayloads;

export const STAGE_DEADLINE_JOB = 'stage-deadline' satisfies ResolutionDeadlineJobName;
export const DEADLINE_SWEEP_JOB = 'deadline-sweep' satisfies ResolutionDeadlineJobName;
export const CARRY_OVER_JOB = 'carry-over' satisfies ResolutionDeadlineJobName;

/** One delayed job per stage entry: adding it twice (a retried transition, a re-schedule) adds nothing. */
export function stageDeadlineJobId(resolutionId: string, transitionSequence: number): string {
  return `deadline:${resolutionId}:${transitionSequence}`;
}

/** Retry policy for deadline jobs: a few tries; the sweep covers what still fails. */
export const DEADLINE_JOB_RETRY = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
} as const;

/** Finished jobs kept for inspection. */
export const DEADLINE_JOB_RETENTION = {
  removeOnComplete: { count: 1_000, age: 7 * 24 * 3600 },
  removeOnFail: { count: 5_000 },
} as const;

/** How long scheduling may wait for Redis before it gives up (the sweep covers the deadline). */
export const SCHEDULE_TIMEOUT_MS = 2_000;
