import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { CountyMeetingRepository, type CountyMeetingEntity } from '@civic/assemblies-data-access';
import { canEditMeeting, meetingDraftProblems, normalizeMeetingDraft } from '@civic/assemblies-domain';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems, requireUuid } from '@civic/util';
import { CountyMeetingContext } from './county-meeting-context.service';
import type { UpdateCountyMeetingInput } from './county-meeting.input';

/** Use case: staff change a meeting's place, time or agenda until it closes. */
@Injectable()
export class UpdateCountyMeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: CountyMeetingRepository,
    private readonly context: CountyMeetingContext,
  ) {}

  async update(staff: AuthenticatedUser, input: UpdateCountyMeetingInput): Promise<CountyMeetingEntity> {
    const meetingId = requireUuid(input.meetingId, 'meetingId');
    await this.dataSource.transaction(async (manager) => {
      const current = await this.meetings.findForUpdate(manager, meetingId);
      if (!current) throw notFound('The meeting', { meetingId });
      if (!canEditMeeting(current.status)) {
        throw new DomainError(ErrorCode.CONFLICT, 'A closed meeting can no longer change.', { meetingId, status: current.status });
      }
      const { jurisdiction, timeZone } = await this.context.forJurisdictionId(manager, current.jurisdictionId);
      requireCountyAccess(staff, jurisdiction.code);
      const draft = normalizeMeetingDraft({
        year: current.year,
        place: input.place ?? current.place,
        startsAt: input.startsAt ?? current.startsAt,
        endsAt: input.endsAt ?? current.endsAt,
        agenda: (input.agenda ?? []).map((item) => ({ title: item.title, description: item.description ?? '' })),
      });
      refuseProblems(meetingDraftProblems(draft, timeZone));
      await this.meetings.update(manager, meetingId, { place: draft.place, startsAt: draft.startsAt, endsAt: draft.endsAt });
      if (input.agenda) await this.meetings.replaceAgenda(manager, meetingId, draft.agenda);
    });
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw notFound('The meeting', { meetingId });
    return meeting;
  }
}
