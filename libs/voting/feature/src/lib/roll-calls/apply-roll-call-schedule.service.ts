import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@civic/util';
import { RollCallRepository, RollCallScheduleRepository } from '@civic/voting-data-access';
import { dueRollCallAction } from '@civic/voting-domain';
import { CloseRollCallService } from './close-roll-call.service';
import { RollCallOpener } from './roll-call-opener.service';

export type AppliedRollCallSchedule = 'opened' | 'closed' | 'failed' | 'missed';

/**
 * Opens and closes roll calls whose scheduled time came (the schedule's jobs and sweep).
 * Idempotent: a schedule that is not due (already applied, cancelled, moved) is left as it is.
 */
@Injectable()
export class ApplyRollCallScheduleService {
  private readonly logger = new Logger('RollCallSchedule');

  constructor(
    private readonly schedules: RollCallScheduleRepository,
    private readonly rollCalls: RollCallRepository,
    private readonly opener: RollCallOpener,
    private readonly closer: CloseRollCallService,
  ) {}

  async apply(scheduleId: string, now = new Date()): Promise<AppliedRollCallSchedule | null> {
    const applied = await this.schedules.transaction(async (manager): Promise<AppliedRollCallSchedule | null> => {
      // Roll call first, then its schedule: the order staff closing by hand takes them in.
      const peek = await this.schedules.findById(scheduleId, manager);
      const rollCall = peek?.rollCallId ? await this.rollCalls.lock(manager, peek.rollCallId, 'update') : null;
      const schedule = await this.schedules.lock(manager, scheduleId);
      if (!schedule) return null;
      switch (dueRollCallAction(schedule, now)) {
        case null:
          return null;
        case 'miss': {
          const failure = `Its window (${schedule.opensAt?.toISOString()} – ${schedule.closesAt?.toISOString()}) passed before it could open; nobody could vote, so it was not opened.`;
          await this.schedules.update(manager, schedule.id, { status: 'missed', failure });
          return 'missed';
        }
        case 'open': {
          if (!schedule.motion) return null;
          try {
            const opened = await this.opener.open(manager, schedule.motion, schedule.scheduledBy);
            await this.schedules.update(manager, schedule.id, { status: 'opened', rollCallId: opened.id });
            return 'opened';
          } catch (error) {
            // Refused before writing (no members then, the question gone): retrying would not help.
            if (!(error instanceof DomainError)) throw error;
            await this.schedules.update(manager, schedule.id, { status: 'failed', failure: error.message });
            return 'failed';
          }
        }
        case 'close': {
          if (!rollCall || rollCall.id !== schedule.rollCallId || rollCall.status !== 'open') {
            await this.schedules.update(manager, schedule.id, { status: 'closed' });
            return null;
          }
          await this.closer.closeLocked(manager, rollCall, schedule.scheduledBy, false);
          return 'closed';
        }
      }
    });
    if (applied) this.logger.log(`roll call schedule ${scheduleId}: ${applied} on schedule`);
    return applied;
  }
}
