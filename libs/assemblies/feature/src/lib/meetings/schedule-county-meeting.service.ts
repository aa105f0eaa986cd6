import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '@civic/data-access';
import { ErrorCode } from '@civic/contracts';
import { CountyMeetingRepository, MEETING_YEAR_TAKEN_CONSTRAINT, type CountyMeetingEntity } from '@civic/assemblies-data-access';
import { meetingDraftProblems, normalizeMeetingDraft } from '@civic/assemblies-domain';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems } from '@civic/util';
import { CountyMeetingContext } from './county-meeting-context.service';
import type { CreateCountyMeetingInput } from './county-meeting.input';

/** Use case: staff schedule a county's meeting for a congress year (one per county per year). */
@Injectable()
export class ScheduleCountyMeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: CountyMeetingRepository,
    private readonly context: CountyMeetingContext,
  ) {}

  async schedule(staff: AuthenticatedUser, input: CreateCountyMeetingInput): Promise<CountyMeetingEntity> {
    const id = await this.dataSource
      .transaction(async (manager) => {
        const { jurisdiction, timeZone } = await this.context.forCode(manager, input.jurisdictionCode.trim());
        requireCountyAccess(staff, jurisdiction.code);
        const draft = normalizeMeetingDraft({
          year: input.year,
          place: input.place,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          agenda: (input.agenda ?? []).map((item) => ({ title: item.title, description: item.description ?? '' })),
        });
        refuseProblems(meetingDraftProblems(draft, timeZone));
        const meetingId = await this.meetings.insert(manager, {
          jurisdictionId: jurisdiction.id,
          year: draft.year,
          place: draft.place,
          startsAt: draft.startsAt,
          endsAt: draft.endsAt,
          createdBy: staff.accountId,
        });
        await this.meetings.replaceAgenda(manager, meetingId, draft.agenda);
        return meetingId;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, MEETING_YEAR_TAKEN_CONSTRAINT)) {
          throw new DomainError(ErrorCode.CONFLICT, `This county already has a meeting in ${input.year}.`, {
            jurisdictionCode: input.jurisdictionCode,
            year: input.year,
          });
        }
        throw error;
      });
    const meeting = await this.meetings.findById(id);
    if (!meeting) throw notFound('The new meeting');
    return meeting;
  }
}
