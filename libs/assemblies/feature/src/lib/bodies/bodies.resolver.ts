import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  BodyAgendaItemEntity,
  BodyAttendanceEntity,
  BodyConflictEntity,
  BodyEntity,
  BodyMeetingEntity,
  BodyMotionEntity,
  BodyVoteEntity,
  JurisdictionEntity,
} from '@civic/assemblies-data-access';
import { PageArgs, Public, type Connection } from '@civic/platform';
import { Jurisdiction } from '../jurisdictions';
import { AccountStub } from '../seats';
import { BodiesArgs } from './bodies.args';
import { BodyReader } from './body-reader.service';
import {
  BodyAgendaItemType,
  BodyAttendeeType,
  BodyMeetingConnection,
  BodyMeetingType,
  BodyMinutesType,
  BodyMotionTallyType,
  BodyMotionType,
  BodyVoteType,
  ConflictOfInterestType,
} from './body-meeting.type';
import { BodyConnection, BodyMembershipConnection, BodyMembershipType, BodyType } from './body.type';

/** Bodies, their members and offices, and a person's bodies: public. */
@Public()
@Resolver(() => BodyType)
export class BodiesResolver {
  constructor(private readonly reader: BodyReader) {}

  @Query(() => BodyConnection, { description: 'The bodies of the congress, by kind then name.' })
  bodies(@Args() args: BodiesArgs): Promise<Connection<BodyEntity>> {
    return this.reader.list({ kind: args.kind, jurisdictionCode: args.jurisdictionCode }, args);
  }

  @Query(() => BodyType, { nullable: true })
  body(@Args('id', { type: () => ID }) id: string): Promise<BodyEntity | null> {
    return this.reader.byId(id);
  }

  @Query(() => BodyType, { nullable: true, description: 'A body by its stable code, e.g. "district-leadership-council".' })
  bodyByCode(@Args('code') code: string): Promise<BodyEntity | null> {
    return this.reader.byCode(code);
  }

  @Query(() => BodyMembershipConnection, {
    description: 'A delegate’s bodies and offices: their county delegation while in office, and every membership, past ones included.',
  })
  delegateBodies(@Args('accountId', { type: () => ID }) accountId: string, @Args() page: PageArgs): Promise<Connection<BodyMembershipType>> {
    return this.reader.bodiesOf(accountId, page);
  }

  @Query(() => BodyMeetingType, { nullable: true })
  bodyMeeting(@Args('id', { type: () => ID }) id: string): Promise<BodyMeetingEntity | null> {
    return this.reader.meeting(id);
  }

  @ResolveField(() => BodyMembershipConnection, { description: 'Current members, officers first.' })
  members(@Parent() body: BodyEntity, @Args() page: PageArgs): Promise<Connection<BodyMembershipType>> {
    return this.reader.members(body, page);
  }

  @ResolveField(() => [BodyMembershipType], { description: 'Current office holders with their terms.' })
  offices(@Parent() body: BodyEntity): Promise<BodyMembershipType[]> {
    return this.reader.offices(body);
  }

  @ResolveField(() => BodyMeetingConnection, { description: 'Meetings, newest first.' })
  meetings(@Parent() body: BodyEntity, @Args() page: PageArgs): Promise<Connection<BodyMeetingEntity>> {
    return this.reader.meetingsOf(body.id, page);
  }

  @ResolveField(() => Jurisdiction, { nullable: true, description: 'The county of a county delegation.' })
  jurisdiction(@Parent() body: BodyEntity): Promise<JurisdictionEntity | null> {
    return this.reader.jurisdiction(body.jurisdictionId);
  }
}

@Public()
@Resolver(() => BodyMembershipType)
export class BodyMembershipResolver {
  constructor(private readonly reader: BodyReader) {}

  @ResolveField(() => AccountStub)
  account(@Parent() membership: BodyMembershipType): AccountStub {
    return { id: membership.accountId };
  }

  @ResolveField(() => BodyType, { nullable: true })
  body(@Parent() membership: BodyMembershipType): Promise<BodyEntity | null> {
    return this.reader.body(membership.bodyId);
  }
}

@Public()
@Resolver(() => BodyMeetingType)
export class BodyMeetingResolver {
  constructor(private readonly reader: BodyReader) {}

  @ResolveField(() => BodyType, { nullable: true })
  body(@Parent() meeting: BodyMeetingEntity): Promise<BodyEntity | null> {
    return this.reader.body(meeting.bodyId);
  }

  @ResolveField(() => [BodyAgendaItemType])
  agenda(@Parent() meeting: BodyMeetingEntity): Promise<BodyAgendaItemEntity[]> {
    return this.reader.agenda(meeting.id);
  }

  @ResolveField(() => [BodyAttendeeType], { description: 'Members present.' })
  attendance(@Parent() meeting: BodyMeetingEntity): Promise<BodyAttendanceEntity[]> {
    return this.reader.attendance(meeting.id);
  }

  @ResolveField(() => BodyMinutesType, { nullable: true, description: 'Null until published.' })
  minutes(@Parent() meeting: BodyMeetingEntity): BodyMinutesType | null {
    if (meeting.minutes === null || meeting.minutesUpdatedAt === null) return null;
    return { text: meeting.minutes, updatedAt: meeting.minutesUpdatedAt, approvedAt: meeting.minutesApprovedAt };
  }
}

@Public()
@Resolver(() => BodyAgendaItemType)
export class BodyAgendaItemResolver {
  constructor(private readonly reader: BodyReader) {}

  @ResolveField(() => [BodyMotionType])
  motions(@Parent() item: BodyAgendaItemEntity): Promise<BodyMotionEntity[]> {
    return this.reader.motions(item.id);
  }

  @ResolveField(() => [ConflictOfInterestType], { description: 'Members’ declared conflicts on the item (they cannot vote on it).' })
  conflicts(@Parent() item: BodyAgendaItemEntity): Promise<BodyConflictEntity[]> {
    return this.reader.conflicts(item.id);
  }
}

@Public()
@Resolver(() => BodyMotionType)
export class BodyMotionResolver {
  constructor(private readonly reader: BodyReader) {}

  @ResolveField(() => [BodyVoteType], { description: 'Every vote, by member name.' })
  votes(@Parent() motion: BodyMotionEntity): Promise<BodyVoteEntity[]> {
    return this.reader.votes(motion.id);
  }

  @ResolveField(() => BodyMotionTallyType)
  tally(@Parent() motion: BodyMotionEntity): Promise<BodyMotionTallyType> {
    return this.reader.tally(motion.id);
  }

  @ResolveField(() => [ConflictOfInterestType], { description: 'Members who declared a conflict on the item, beside the vote record.' })
  recusals(@Parent() motion: BodyMotionEntity): Promise<BodyConflictEntity[]> {
    return this.reader.conflicts(motion.agendaItemId);
  }
}

@Public()
@Resolver(() => BodyVoteType)
export class BodyVoteResolver {
  @ResolveField(() => AccountStub)
  account(@Parent() vote: BodyVoteEntity): AccountStub {
    return { id: vote.accountId };
  }
}

@Public()
@Resolver(() => ConflictOfInterestType)
export class ConflictOfInterestResolver {
  @ResolveField(() => AccountStub)
  account(@Parent() conflict: BodyConflictEntity): AccountStub {
    return { id: conflict.accountId };
  }
}

@Public()
@Resolver(() => BodyAttendeeType)
export class BodyAttendeeResolver {
  @ResolveField(() => AccountStub)
  account(@Parent() attendee: BodyAttendanceEntity): AccountStub {
    return { id: attendee.accountId };
  }
}
