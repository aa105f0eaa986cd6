/**
 * The rules of a roll call's scheduled window, as plain functions (no Nest, no database):
 * what staff may set, and what a scheduled moment asks of the roll call now. The jobs and
 * the sweep only ever ask `dueRollCallAction`, so a stale job, a retry or the sweep running
 * beside a job changes nothing twice.
 */
export type RollCallScheduleState = 'waiting' | 'opened' | 'closed' | 'failed' | 'missed' | 'cancelled';

export interface RollCallWindow {
  opensAt: Date | null;
  closesAt: Date | null;
}

export interface WindowProblem {
  field: 'opensAt' | 'closesAt';
  message: string;
}

const isDate = (value: Date | null): boolean => value === null || !Number.isNaN(value.getTime());

/**
 * What is wrong with a window staff set, given now. An opening is always in the future (to
 * open now, staff open the roll call); a closing is in the future and after the opening.
 */
export function rollCallWindowProblems(window: RollCallWindow, now: Date, { opening }: { opening: 'required' | 'none' }): WindowProblem[] {
  const { opensAt, closesAt } = window;
  if (!isDate(opensAt) || !isDate(closesAt)) return [{ field: isDate(opensAt) ? 'closesAt' : 'opensAt', message: 'opensAt and closesAt must be dates' }];
  const problems: WindowProblem[] = [];
  if (opening === 'required') {
    if (opensAt === null) problems.push({ field: 'opensAt', message: 'opensAt is required' });
    else if (opensAt <= now) problems.push({ field: 'opensAt', message: 'opensAt must be in the future (to open a roll call now, open it)' });
  } else if (opensAt !== null) {
    problems.push({ field: 'opensAt', message: 'opensAt is only for a roll call still to be opened' });
  }
  if (closesAt !== null) {
    if (closesAt <= now) problems.push({ field: 'closesAt', message: 'closesAt must be in the future' });
    else if (opensAt !== null && closesAt <= opensAt) problems.push({ field: 'closesAt', message: 'closesAt must be after opensAt' });
  }
  return problems;
}

/**
 * - open: a waiting roll call whose opening time came;
 * - miss: a waiting one whose whole window passed before anything opened it (the service or
 *   Redis was down throughout): opening it now would record every member as absent from a
 *   vote they never had, so it is not opened;
 * - close: an opened one whose closing time came.
 */
export type RollCallScheduleAction = 'open' | 'miss' | 'close';

export function dueRollCallAction(schedule: { status: RollCallScheduleState } & RollCallWindow, now: Date): RollCallScheduleAction | null {
  if (schedule.status === 'waiting' && schedule.opensAt !== null && schedule.opensAt <= now) {
    return schedule.closesAt !== null && schedule.closesAt <= now ? 'miss' : 'open';
  }
  if (schedule.status === 'opened' && schedule.closesAt !== null && schedule.closesAt <= now) return 'close';
  return null;
}
