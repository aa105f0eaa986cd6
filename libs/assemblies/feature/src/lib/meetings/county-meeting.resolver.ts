import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AgendaItemEntity, AttendanceCounts as Counts, AttendanceEntity, CountyMeetingEntity, JurisdictionEntity } from '@civic/assemblies-data-access';
import { PageArgs, Public, RequireRoles, type Connection, CurrentUser, requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { Jurisdiction } from '../jurisdictions';
import { AgendaItem } from './agenda-item.type';
import { AttendanceCounts } from './attendance-counts.type';
import { AttendanceConnection } from './attendance.type';
import { CountyMeetingReader } from './county-meeting-reader.service';
import { CountyMeeting, CountyMeetingConnection } from './county-meeting.type';
import { CountyMeetingsArgs } from './county-meetings.args';

/** County meetings are public: where and when, the agenda and how many came. Names are staff-only. */
@Resolver(() => CountyMeeting)
export class CountyMeetingResolver {
  constructor(private readonly reader: CountyMeetingReader) {}

  @Public()
  @Query(() => CountyMeeting, { nullable: true, description: 'A county meeting by id.' })
  countyMeeting(@Args('id', { type: () => ID }) id: string): Promise<CountyMeetingEntity | null> {
    return this.reader.byId(id);
  }

  @Public()
  @Query(() => CountyMeetingConnection, { description: 'The county meetings of a congress year, by start time; optionally of one county or one district.' })
  countyMeetings(@Args() args: CountyMeetingsArgs): Promise<Connection<CountyMeetingEntity>> {
    return this.reader.page({ year: args.year, jurisdictionCode: args.jurisdictionCode, districtCode: args.districtCode }, args);
  }

  @Public()
  @ResolveField(() => Jurisdiction, { description: 'The county that meets.' })
  jurisdiction(@Parent() meeting: CountyMeetingEntity): Promise<JurisdictionEntity> {
    return this.reader.jurisdictionOf(meeting);
  }

  @Public()
  @ResolveField(() => [AgendaItem], { description: 'The agenda, in order.' })
  agenda(@Parent() meeting: CountyMeetingEntity): Promise<AgendaItemEntity[]> {
    return this.reader.agendaOf(meeting.id);
  }

  @Public()
  @ResolveField(() => AttendanceCounts, { description: 'How many checked in, with and without a vote.' })
  attendance(@Parent() meeting: CountyMeetingEntity): Promise<Counts> {
    return this.reader.countsOf(meeting.id);
  }

  @RequireRoles('staff', 'admin', 'clerk', 'observer')
  @ResolveField(() => AttendanceConnection, {
    nullable: true,
    description: 'Who checked in, in check-in order (agency staff, observers, or a clerk of the county; another county’s clerk: FORBIDDEN).',
  })
  async attendees(
    @CurrentUser() user: AuthenticatedUser,
    @Parent() meeting: CountyMeetingEntity,
    @Args() page: PageArgs,
  ): Promise<Connection<AttendanceEntity>> {
    requireCountyAccess(user, (await this.reader.jurisdictionOf(meeting)).code, { read: true });
    return this.reader.attendees(meeting.id, page);
  }
}
