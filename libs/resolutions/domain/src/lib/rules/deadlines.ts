import type { StageDefinition } from '../pipeline';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a resolution that entered `stage` at `enteredAt` is due to leave it. An explicit date
 * set by a transition (an override) wins over the stage's number of days; a stage without a
 * deadline has none.
 */
export function deadlineFor(stage: StageDefinition, enteredAt: Date, override?: Date | null): Date | null {
  if (override) return new Date(override.getTime());
  if (!stage.deadline) return null;
  return new Date(enteredAt.getTime() + stage.deadline.days * DAY_MS);
}

/** A deadline is overdue from the moment it is reached. */
export function isOverdue(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() >= deadlineAt.getTime();
}
