import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AttendanceRepository, CountyMeetingEntity, JurisdictionEntity } from '@civic/assemblies-data-access';
import { ResidentRepository } from '@civic/data-access';
import { canVoteAtMeeting } from '@civic/assemblies-domain';
import { isUuid } from '@civic/util';

/**
 * Who may vote in a county meeting's elections and county votes: for the use cases that
 * take votes (delegate elections, county votes). Pass the voting transaction's manager so
 * the answer and the vote it allows are read and written together.
 */
@Injectable()
export class MeetingVotingRightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attendance: AttendanceRepository,
    private readonly residents: ResidentRepository,
  ) {}

  /** Checked in with a vote at that meeting, and still a verified resident of its county. */
  async canVoteAt(meetingId: string, accountId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!isUuid(meetingId) || !isUuid(accountId)) return false;
    const meeting = await manager.findOneBy(CountyMeetingEntity, { id: meetingId });
    if (!meeting) return false;
    const jurisdiction = await manager.findOneByOrFail(JurisdictionEntity, { id: meeting.jurisdictionId });
    const attendance = await this.attendance.findByAccount(manager, meetingId, accountId.toLowerCase());
    const resident = await this.residents.find(manager, accountId.toLowerCase());
    return canVoteAtMeeting(jurisdiction.code, attendance, resident);
  }
}
