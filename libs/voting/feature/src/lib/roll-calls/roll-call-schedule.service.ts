import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems, requireUuid } from '@civic/util';
import { RollCallRepository, RollCallScheduleRepository, type RollCallScheduleEntity, type RollCallScheduleStatus } from '@civic/voting-data-access';
import { rollCallWindowProblems } from '@civic/voting-domain';
import { rollCallJobId, VotingScheduleQueue } from '../schedule-queue';
import { RollCallOpener } from './roll-call-opener.service';
import { RollCallReader } from './roll-call-reader.service';
import { toRollCallScheduleType, type RollCallScheduleType } from './roll-call-schedule.type';
import type { RollCallType } from './roll-call.type';
import type { ScheduleRollCallInput } from './schedule-roll-call.input';

/**
 * Use cases: staff schedule a roll call to open (and close) later, give an open roll call a
 * closing time, or cancel a roll call that has not opened. Every instant becomes a delayed
 * job on the voting schedule queue after the change commits; the sweep stands behind them.
 * The roll call opens and closes in the name of the staff member who scheduled it.
 */
@Injectable()
export class RollCallScheduleService {
  private readonly logger = new Logger('RollCallSchedule');

  constructor(
    private readonly schedules: RollCallScheduleRepository,
    private readonly rollCalls: RollCallRepository,
    private readonly opener: RollCallOpener,
    private readonly reader: RollCallReader,
    private readonly queue: VotingScheduleQueue,
  ) {}

  async schedule(staff: AuthenticatedUser, input: ScheduleRollCallInput): Promise<RollCallScheduleType> {
    const motion = this.opener.checkMotion(input);
    const window = { opensAt: input.opensAt, closesAt: input.closesAt ?? null };
    refuseProblems(rollCallWindowProblems(window, new Date(), { opening: 'required' }));
    const created = await this.schedules.transaction(async (manager) => {
      // The question must exist now; the body's members are known only when it opens.
      await this.opener.questionFacts(manager, motion, window.opensAt);
      return this.schedules.create(manager, { motion, rollCallId: null, ...window, status: 'waiting', scheduledBy: staff.accountId.toLowerCase() });
    });
    this.logger.log(
      `roll call "${motion.title}" of ${motion.bodyCode} scheduled by ${staff.accountId}: ${window.opensAt.toISOString()} – ${window.closesAt?.toISOString() ?? '(closed by hand)'}`,
    );
    this.enqueue(created.id, 'open', window.opensAt);
    if (window.closesAt) this.enqueue(created.id, 'close', window.closesAt);
    return toRollCallScheduleType(created);
  }

  /** Sets or moves an open roll call's closing time. */
  async scheduleClose(staff: AuthenticatedUser, rollCallIdInput: string, closesAt: Date): Promise<RollCallType> {
    const rollCallId = requireUuid(rollCallIdInput, 'rollCallId');
    this.checkClosing(closesAt);
    const { rollCall, scheduleId } = await this.rollCalls.transaction(async (manager) => {
      // Shared: closing (for update) waits, then finds the new time; votes go on meanwhile.
      const locked = await this.rollCalls.lock(manager, rollCallId, 'share');
      if (!locked) throw notFound('The roll call', { rollCallId });
      if (locked.status !== 'open') throw new DomainError(ErrorCode.CONFLICT, 'This roll call is already closed.', { rollCallId, status: locked.status });
      const id = await this.setClosingIn(manager, rollCallId, closesAt, staff.accountId);
      return { rollCall: await this.reader.load(rollCallId, manager), scheduleId: id };
    });
    this.enqueue(scheduleId, 'close', closesAt);
    return rollCall;
  }

  /** Cancels a roll call that has not opened yet; CONFLICT once it opened (close it instead) or ended otherwise. */
  async cancel(staff: AuthenticatedUser, scheduleIdInput: string): Promise<RollCallScheduleType> {
    const scheduleId = requireUuid(scheduleIdInput, 'scheduleId');
    return this.schedules.transaction(async (manager) => {
      const schedule = await this.schedules.lock(manager, scheduleId);
      if (!schedule) throw notFound('The scheduled roll call', { scheduleId });
      if (schedule.status !== 'waiting') {
        throw new DomainError(ErrorCode.CONFLICT, `This scheduled roll call is ${schedule.status}: only one still waiting to open can be cancelled.`, {
          scheduleId,
          status: schedule.status,
        });
      }
      await this.schedules.update(manager, schedule.id, { status: 'cancelled' });
      this.logger.log(`scheduled roll call ${schedule.id} cancelled by ${staff.accountId}`);
      return toRollCallScheduleType({ ...schedule, status: 'cancelled' });
    });
  }

  async list(status: RollCallScheduleStatus | null): Promise<RollCallScheduleType[]> {
    const schedules = await this.schedules.list(status ?? undefined);
    // A closing-only schedule takes its motion from its roll call; lists are an agenda, short.
    const rollCalls = await Promise.all(
      schedules.map((schedule) => (schedule.motion === null && schedule.rollCallId !== null ? this.rollCalls.findById(schedule.rollCallId) : null)),
    );
    return schedules.map((schedule, index) => toRollCallScheduleType(schedule, rollCalls[index] ?? null));
  }

  checkClosing(closesAt: Date): void {
    refuseProblems(rollCallWindowProblems({ opensAt: null, closesAt }, new Date(), { opening: 'none' }));
  }

  /**
   * Sets the closing time of an open roll call the caller holds, in its transaction; returns
   * the schedule's id. The roll call then closes in the name of whoever set the time last.
   */
  async setClosingIn(manager: EntityManager, rollCallId: string, closesAt: Date, by: string): Promise<string> {
    const existing = await this.schedules.lockByRollCall(manager, rollCallId);
    if (existing) {
      if (existing.opensAt !== null && closesAt <= existing.opensAt)
        refuseProblems([{ field: 'closesAt', message: 'closesAt must be after the roll call opened' }]);
      await this.schedules.update(manager, existing.id, { closesAt, status: 'opened', scheduledBy: by.toLowerCase() });
      return existing.id;
    }
    const created: RollCallScheduleEntity = await this.schedules.create(manager, {
      motion: null,
      rollCallId,
      opensAt: null,
      closesAt,
      status: 'opened',
      scheduledBy: by.toLowerCase(),
    });
    return created.id;
  }

  enqueue(scheduleId: string, action: 'open' | 'close', at: Date): void {
    this.queue.enqueue(
      'roll-call-window',
      { scheduleId, at: at.toISOString() },
      rollCallJobId(scheduleId, action, at),
      at,
      `roll call schedule ${scheduleId} ${action}`,
    );
  }
}
