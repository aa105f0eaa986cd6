import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { CountyMeetingRepository, JurisdictionEntity, type CountyMeetingEntity } from '@civic/assemblies-data-access';
import { transitionMeeting, type MeetingAction } from '@civic/assemblies-domain';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';

/** Use case: staff open check-in at the door, and close the meeting when it ends. */
@Injectable()
export class ChangeMeetingStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: CountyMeetingRepository,
  ) {}

  async apply(staff: AuthenticatedUser, meetingIdInput: string, action: MeetingAction): Promise<CountyMeetingEntity> {
    const meetingId = requireUuid(meetingIdInput, 'meetingId');
    await this.dataSource.transaction(async (manager) => {
      // The lock makes a check-in in progress finish before the meeting closes.
      const current = await this.meetings.findForUpdate(manager, meetingId);
      if (!current) throw notFound('The meeting', { meetingId });
      requireCountyAccess(staff, (await manager.findOneByOrFail(JurisdictionEntity, { id: current.jurisdictionId })).code);
      const decision = transitionMeeting(current.status, action);
      if (decision.kind === 'refuse') {
        throw new DomainError(ErrorCode.CONFLICT, `The meeting cannot be ${action === 'open' ? 'opened' : 'closed'}: ${decision.reason}.`, {
          meetingId,
          status: current.status,
        });
      }
      const now = new Date();
      await this.meetings.update(manager, meetingId, {
        status: decision.next,
        ...(decision.next === 'open' ? { openedAt: now } : { closedAt: now }),
      });
    });
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw notFound('The meeting', { meetingId });
    return meeting;
  }
}
