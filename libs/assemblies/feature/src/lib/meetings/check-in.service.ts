import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import {
  appendAttendeeCheckedIn,
  AttendanceRepository,
  CountyMeetingRepository,
  JurisdictionEntity,
  type AttendanceEntity,
} from '@civic/assemblies-data-access';
import { ResidentRepository } from '@civic/data-access';
import { decideCheckIn, normalizeAttendee } from '@civic/assemblies-domain';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems, requireUuid } from '@civic/util';
import type { CheckInInput } from './county-meeting.input';

/**
 * Use case: staff at the door check people in. A verified resident of the county (per the
 * residents read model) gets a vote; anyone else attends without one, and the record says
 * why. Checking an account in again is idempotent (see `decideCheckIn`).
 */
@Injectable()
export class CheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: CountyMeetingRepository,
    private readonly attendance: AttendanceRepository,
    private readonly residents: ResidentRepository,
  ) {}

  async checkIn(staff: AuthenticatedUser, input: CheckInInput): Promise<AttendanceEntity> {
    const meetingId = requireUuid(input.meetingId, 'meetingId');
    const { attendee, problems } = normalizeAttendee({ accountId: input.accountId ?? null, name: input.name ?? null });
    refuseProblems(problems);

    return this.dataSource.transaction(async (manager) => {
      // Locked: check-ins of one meeting and its closing happen one after another, so a
      // double tap cannot create two records and nobody gets in after the meeting closed.
      const meeting = await this.meetings.findForUpdate(manager, meetingId);
      if (!meeting) throw notFound('The meeting', { meetingId });
      const jurisdiction = await manager.findOneByOrFail(JurisdictionEntity, { id: meeting.jurisdictionId });
      requireCountyAccess(staff, jurisdiction.code);
      const resident = attendee.accountId ? await this.residents.find(manager, attendee.accountId) : null;
      const existing = attendee.accountId ? await this.attendance.findByAccount(manager, meetingId, attendee.accountId) : null;

      const decision = decideCheckIn({ status: meeting.status, jurisdictionCode: jurisdiction.code }, attendee.accountId, resident, existing);
      switch (decision.kind) {
        case 'refuse':
          throw new DomainError(ErrorCode.MEETING_NOT_OPEN, `Check-in runs only while the meeting is open; it is ${meeting.status}.`, {
            meetingId,
            status: meeting.status,
          });
        case 'unchanged':
          if (!existing) throw new Error('an unchanged check-in needs an existing record');
          return existing;
        case 'upgrade': {
          if (!existing) throw new Error('an upgraded check-in needs an existing record');
          await this.attendance.changeRight(manager, existing.id, decision.right);
          await appendAttendeeCheckedIn(manager, existing.id);
          return this.reread(manager, existing.id);
        }
        case 'record': {
          const id = await this.attendance.insert(manager, {
            meetingId,
            accountId: attendee.accountId,
            name: attendee.name,
            withVote: decision.right.withVote,
            reason: decision.right.reason,
            checkedInBy: staff.accountId,
          });
          await appendAttendeeCheckedIn(manager, id);
          return this.reread(manager, id);
        }
      }
    });
  }

  private async reread(manager: EntityManager, id: string): Promise<AttendanceEntity> {
    const row = await this.attendance.findById(manager, id);
    if (!row) throw new Error(`attendance ${id} vanished inside its own transaction`);
    return row;
  }
}
