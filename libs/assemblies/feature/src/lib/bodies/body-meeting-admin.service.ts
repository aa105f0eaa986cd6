import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { calendarDateOf, decideMinutesEdit } from '@civic/assemblies-domain';
import { BodyMeetingRepository, BodyRepository, type BodyMeetingEntity, type BodyMotionEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, optionalText, requiredText, requireUuid } from '@civic/util';
import { BodyMembers } from './body-members.service';
import type { OpenBodyMotionInput, PublishBodyMinutesInput, RecordBodyAttendanceInput, ScheduleBodyMeetingInput } from './body.input';

const MAX_AGENDA_ITEMS = 50;

/**
 * Use cases of the staff who run a body's meetings: schedule with an agenda, record the
 * members present, open and close motions, publish minutes and approve them (after which
 * they are fixed).
 */
@Injectable()
export class BodyMeetingAdminService {
  constructor(
    private readonly bodies: BodyRepository,
    private readonly meetings: BodyMeetingRepository,
    private readonly members: BodyMembers,
  ) {}

  async schedule(staff: AuthenticatedUser, input: ScheduleBodyMeetingInput): Promise<BodyMeetingEntity> {
    const bodyId = requireUuid(input.bodyId, 'bodyId');
    const title = requiredText(input.title, 'title', 200);
    const place = requiredText(input.place, 'place', 200);
    if (!(input.startsAt instanceof Date) || Number.isNaN(input.startsAt.getTime())) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'startsAt must be a date-time.', { field: 'startsAt' });
    }
    if (input.agenda.length > MAX_AGENDA_ITEMS) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `An agenda has at most ${MAX_AGENDA_ITEMS} items.`, { field: 'agenda' });
    }
    const agenda = input.agenda.map((item, index) => ({
      title: requiredText(item.title, `agenda[${index}].title`, 200),
      description: optionalText(item.description, `agenda[${index}].description`, 2000) ?? '',
      resolutionId: item.resolutionId ? requireUuid(item.resolutionId, `agenda[${index}].resolutionId`) : null,
    }));
    const body = await this.bodies.findBody(bodyId);
    if (!body) throw notFound('The body', { bodyId });
    return this.meetings.transaction((manager) =>
      this.meetings.insertMeeting(manager, { bodyId, title, place, startsAt: input.startsAt, createdBy: staff.accountId }, agenda),
    );
  }

  async recordAttendance(staff: AuthenticatedUser, input: RecordBodyAttendanceInput, now = new Date()): Promise<BodyMeetingEntity> {
    const meetingId = requireUuid(input.meetingId, 'meetingId');
    const accountIds = [...new Set(input.accountIds.map((id, index) => requireUuid(id, `accountIds[${index}]`)))];
    const today = calendarDateOf(now);
    return this.meetings.transaction(async (manager) => {
      const meeting = await this.meetings.lockMeeting(manager, meetingId);
      if (!meeting) throw notFound('The meeting', { meetingId });
      const body = await this.bodies.findBody(meeting.bodyId);
      if (!body) throw notFound('The body', { bodyId: meeting.bodyId });
      const rows = [];
      for (const accountId of accountIds) {
        const displayName = await this.members.memberName(manager, body, accountId, today);
        if (displayName === null) {
          throw new DomainError(ErrorCode.NOT_A_BODY_MEMBER, 'Attendance lists members of the body only; nothing was recorded.', { accountId });
        }
        rows.push({ meetingId, accountId, displayName, recordedBy: staff.accountId });
      }
      await this.meetings.insertAttendance(manager, rows);
      return meeting;
    });
  }

  async publishMinutes(input: PublishBodyMinutesInput): Promise<BodyMeetingEntity> {
    const meetingId = requireUuid(input.meetingId, 'meetingId');
    return this.meetings.transaction(async (manager) => {
      const meeting = await this.meetings.lockMeeting(manager, meetingId);
      if (!meeting) throw notFound('The meeting', { meetingId });
      const decision = decideMinutesEdit(meeting.minutes === null ? null : { approvedAt: meeting.minutesApprovedAt }, input.text);
      if ('refusal' in decision) throw new DomainError(ErrorCode[decision.refusal], decision.message, { meetingId });
      await this.meetings.updateMinutes(manager, meetingId, decision.text);
      return this.reread(manager, meetingId);
    });
  }

  async approveMinutes(staff: AuthenticatedUser, meetingIdInput: string): Promise<BodyMeetingEntity> {
    const meetingId = requireUuid(meetingIdInput, 'meetingId');
    return this.meetings.transaction(async (manager) => {
      const meeting = await this.meetings.lockMeeting(manager, meetingId);
      if (!meeting) throw notFound('The meeting', { meetingId });
      if (meeting.minutes === null) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Publish the minutes before approving them.', { meetingId });
      if (meeting.minutesApprovedAt) throw new DomainError(ErrorCode.MINUTES_APPROVED, 'The minutes are already approved.', { meetingId });
      await this.meetings.approveMinutes(manager, meetingId, staff.accountId);
      return this.reread(manager, meetingId);
    });
  }

  async openMotion(staff: AuthenticatedUser, input: OpenBodyMotionInput): Promise<BodyMotionEntity> {
    const agendaItemId = requireUuid(input.agendaItemId, 'agendaItemId');
    const text = requiredText(input.text, 'text', 2000);
    return this.meetings.transaction(async (manager) => {
      const item = await this.meetings.lockAgendaItem(manager, agendaItemId);
      if (!item) throw notFound('The agenda item', { agendaItemId });
      return this.meetings.insertMotion(manager, { agendaItemId, text, openedBy: staff.accountId });
    });
  }

  async closeMotion(motionIdInput: string): Promise<BodyMotionEntity> {
    const motionId = requireUuid(motionIdInput, 'motionId');
    return this.meetings.transaction(async (manager) => {
      const motion = await this.meetings.findMotion(manager, motionId);
      if (!motion) throw notFound('The motion', { motionId });
      // The item lock queues the closing behind votes being cast on it.
      await this.meetings.lockAgendaItem(manager, motion.agendaItemId);
      const current = await this.meetings.findMotion(manager, motionId);
      if (current?.status !== 'open') throw new DomainError(ErrorCode.MOTION_CLOSED, 'The motion is already closed.', { motionId });
      await this.meetings.closeMotion(manager, motionId);
      const closed = await this.meetings.findMotion(manager, motionId);
      if (!closed) throw new Error(`motion ${motionId} vanished inside its own transaction`);
      return closed;
    });
  }

  private async reread(manager: EntityManager, meetingId: string): Promise<BodyMeetingEntity> {
    const meeting = await this.meetings.findMeeting(meetingId, manager);
    if (!meeting) throw new Error(`meeting ${meetingId} vanished`);
    return meeting;
  }
}
