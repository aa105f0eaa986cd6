/** Jobs of the voting service's own queue (QueueName.votingSchedule). */
export interface VotingScheduleJobPayloads {
  /** A questionnaire's scheduled opening or closing time has come. */
  'questionnaire-window': { year: number; at: string };
  /** A scheduled roll call's opening or closing time has come. */
  'roll-call-window': { scheduleId: string; at: string };
  /** Looks for questionnaires and roll calls whose scheduled time passed without their job (Redis was down). */
  'schedule-sweep': Record<string, never>;
}
export type VotingScheduleJobName = keyof VotingScheduleJobPayloads;

export const windowJobId = (year: number, action: 'open' | 'close', at: Date) => `questionnaire-${action}:${year}:${at.getTime()}`;
export const rollCallJobId = (scheduleId: string, action: 'open' | 'close', at: Date) => `roll-call-${action}:${scheduleId}:${at.getTime()}`;
export const SCHEDULE_SWEEP_EVERY_MS = 60_000;
export const SCHEDULE_JOB_OPTIONS = { attempts: 10, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: 100, removeOnFail: 500 } as const;
