import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { BodyEntity, BodyMeetingEntity, BodyMotionEntity } from '@civic/assemblies-data-access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { BodyMeetingAdminService } from './body-meeting-admin.service';
import { BodyMembershipService } from './body-membership.service';
import { fromStored } from './body-members.service';
import { BodyMeetingType, BodyMotionType } from './body-meeting.type';
import {
  AssignBodyMemberInput,
  CreateCommitteeInput,
  EndBodyMembershipInput,
  OpenBodyMotionInput,
  PublishBodyMinutesInput,
  RecordBodyAttendanceInput,
  ScheduleBodyMeetingInput,
} from './body.input';
import { BodyMembershipType, BodyType } from './body.type';
import { CreateCommitteeService } from './create-committee.service';

/**
 * Staff run the bodies until their elections are wired to the election engine: assign and
 * end memberships and offices (the domain rules apply to every assignment), create
 * committees, and run meetings (agenda, attendance, motions, minutes).
 */
@RequireRoles('staff', 'admin')
@Resolver()
export class BodyAdminResolver {
  constructor(
    private readonly memberships: BodyMembershipService,
    private readonly committees: CreateCommitteeService,
    private readonly meetings: BodyMeetingAdminService,
  ) {}

  @Mutation(() => BodyMembershipType, {
    description: 'Gives a person a membership or office for one year (staff). Refused with a typed code when a rule of the body forbids it.',
  })
  async assignBodyMember(@CurrentUser() user: AuthenticatedUser, @Args('input') input: AssignBodyMemberInput): Promise<BodyMembershipType> {
    return fromStored(await this.memberships.assign(user, input));
  }

  @Mutation(() => BodyMembershipType, { description: 'Ends a membership early: resignation or removal (staff).' })
  async endBodyMembership(@CurrentUser() user: AuthenticatedUser, @Args('input') input: EndBodyMembershipInput): Promise<BodyMembershipType> {
    return fromStored(await this.memberships.end(user, input));
  }

  @Mutation(() => BodyType, { description: 'Adds an advisory committee or a youth congress (staff).' })
  createCommittee(@Args('input') input: CreateCommitteeInput): Promise<BodyEntity> {
    return this.committees.create(input);
  }

  @Mutation(() => BodyMeetingType, { description: 'Schedules a meeting of a body with its agenda (staff).' })
  scheduleBodyMeeting(@CurrentUser() user: AuthenticatedUser, @Args('input') input: ScheduleBodyMeetingInput): Promise<BodyMeetingEntity> {
    return this.meetings.schedule(user, input);
  }

  @Mutation(() => BodyMeetingType, { description: 'Records members present (staff); a non-member in the list refuses the whole list.' })
  recordBodyAttendance(@CurrentUser() user: AuthenticatedUser, @Args('input') input: RecordBodyAttendanceInput): Promise<BodyMeetingEntity> {
    return this.meetings.recordAttendance(user, input);
  }

  @Mutation(() => BodyMeetingType, { description: 'Publishes or corrects the minutes until they are approved (staff).' })
  publishBodyMinutes(@Args('input') input: PublishBodyMinutesInput): Promise<BodyMeetingEntity> {
    return this.meetings.publishMinutes(input);
  }

  @Mutation(() => BodyMeetingType, { description: 'Approves the published minutes; they can no longer change (staff).' })
  approveBodyMinutes(@CurrentUser() user: AuthenticatedUser, @Args('meetingId', { type: () => ID }) meetingId: string): Promise<BodyMeetingEntity> {
    return this.meetings.approveMinutes(user, meetingId);
  }

  @Mutation(() => BodyMotionType, { description: 'Opens a motion on an agenda item for members’ votes (staff).' })
  openBodyMotion(@CurrentUser() user: AuthenticatedUser, @Args('input') input: OpenBodyMotionInput): Promise<BodyMotionEntity> {
    return this.meetings.openMotion(user, input);
  }

  @Mutation(() => BodyMotionType, { description: 'Closes a motion to votes (staff).' })
  closeBodyMotion(@Args('motionId', { type: () => ID }) motionId: string): Promise<BodyMotionEntity> {
    return this.meetings.closeMotion(motionId);
  }
}
