/** A stage deadline to run: due at `dueAt`, for the stage the resolution entered with transition `transitionSequence`. */
export interface StageDeadlineJob {
  resolutionId: string;
  /** The job acts only if the resolution is still where this transition left it. */
  transitionSequence: number;
  dueAt: Date;
}

/**
 * Schedules a stage's deadline as durable work (a delayed job that survives restarts).
 * The workflow calls it after a transition sets `deadlineAt`; the deadlines area provides
 * the implementation (`{ provide: StageDeadlineScheduler, useClass: ... }`).
 */
export abstract class StageDeadlineScheduler {
  abstract schedule(job: StageDeadlineJob): void;
}
