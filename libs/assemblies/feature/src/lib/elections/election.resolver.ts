import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { BodyEntity, CountyMeetingEntity, ElectionCandidateEntity, ElectionEntity, JurisdictionEntity, SeatEntity } from '@civic/assemblies-data-access';
import { Public, RequireRoles, CurrentUser, type AuthenticatedUser } from '@civic/platform';
import { BodyReader, BodyType } from '../bodies';
import { Jurisdiction } from '../jurisdictions';
import { CountyMeeting } from '../meetings';
import { AccountStub, SeatType } from '../seats';
import { requireElectionAccess } from './election-support';
import { ElectionReader } from './election-reader.service';
import { ElectionCandidateType, ElectionPaperTotalsType, ElectionResultType, ElectionType } from './election.type';

/** Reading elections: public, except the staff-only paper totals; tallies appear once certified. */
@Resolver(() => ElectionType)
export class ElectionResolver {
  constructor(
    private readonly reader: ElectionReader,
    private readonly bodies: BodyReader,
  ) {}

  @Public()
  @Query(() => ElectionType, { description: 'An election by id (public).' })
  election(@Args('id', { type: () => ID }) id: string): Promise<ElectionEntity> {
    return this.reader.byId(id);
  }

  @Public()
  @ResolveField(() => [ElectionCandidateType], { description: 'Candidates in nomination order; withdrawn ones only when asked.' })
  candidates(
    @Parent() election: ElectionEntity,
    @Args('includeWithdrawn', { type: () => Boolean, defaultValue: false }) includeWithdrawn: boolean,
  ): Promise<ElectionCandidateEntity[]> {
    return this.reader.candidates(election, includeWithdrawn);
  }

  @Public()
  @ResolveField(() => [SeatType], { description: 'The seats the election fills (those up in its year).' })
  seats(@Parent() election: ElectionEntity): Promise<SeatEntity[]> {
    return this.reader.seatsUp(election);
  }

  @Public()
  @ResolveField(() => Int, { description: 'Electronic ballots cast so far (turnout, not a tally).' })
  electronicBallotsCast(@Parent() election: ElectionEntity): Promise<number> {
    return this.reader.electronicBallotsCast(election);
  }

  @Public()
  @ResolveField(() => Int, { description: 'Paper ballots handed out at the county meeting so far (turnout, not a tally); 0 for a body’s election.' })
  paperBallotsIssued(@Parent() election: ElectionEntity): Promise<number> {
    return this.reader.paperBallotsIssued(election);
  }

  @Public()
  @ResolveField(() => ElectionResultType, { nullable: true, description: 'The certified result; null until certified.' })
  result(@Parent() election: ElectionEntity): Promise<ElectionResultType | null> {
    return this.reader.result(election);
  }

  @RequireRoles('staff', 'admin', 'clerk', 'observer')
  @ResolveField(() => [ElectionPaperTotalsType], {
    description: 'Paper totals entered, confirmed or not (agency staff, observers, or a clerk of the county for its delegate election).',
  })
  async paperTotals(@CurrentUser() user: AuthenticatedUser, @Parent() election: ElectionEntity): Promise<ElectionPaperTotalsType[]> {
    requireElectionAccess(user, election, await this.reader.countyCodeOf(election), { read: true });
    return this.reader.paperTotals(election);
  }

  @Public()
  @ResolveField(() => BodyType, { nullable: true, description: 'The body a body election fills; null for a delegate election.' })
  body(@Parent() election: ElectionEntity): Promise<BodyEntity | null> {
    return election.bodyId ? this.bodies.body(election.bodyId) : Promise.resolve(null);
  }

  @Public()
  @ResolveField(() => Jurisdiction, {
    nullable: true,
    description: 'The county (delegates, delegation officers) or district (council members); null for Executive officers.',
  })
  jurisdiction(@Parent() election: ElectionEntity): Promise<JurisdictionEntity | null> {
    return this.reader.jurisdiction(election);
  }
}

@Public()
@Resolver(() => ElectionCandidateType)
export class ElectionCandidateResolver {
  @ResolveField(() => AccountStub, { description: 'The candidate’s account (owned by the identity service).' })
  account(@Parent() candidate: ElectionCandidateEntity): AccountStub {
    return { id: candidate.accountId };
  }
}

@Public()
@Resolver(() => CountyMeeting)
export class CountyMeetingElectionResolver {
  constructor(private readonly reader: ElectionReader) {}

  @ResolveField(() => ElectionType, { nullable: true, description: 'The meeting’s delegate election, once staff set it up.' })
  delegateElection(@Parent() meeting: CountyMeetingEntity): Promise<ElectionEntity | null> {
    return this.reader.ofMeeting(meeting.id);
  }
}

@Public()
@Resolver(() => BodyType)
export class BodyElectionsResolver {
  constructor(private readonly reader: ElectionReader) {}

  @ResolveField(() => [ElectionType], { description: 'The body’s elections, newest first (county delegations, the council, the Executive Committee).' })
  elections(@Parent() body: BodyEntity, @Args('year', { type: () => Int, nullable: true }) year?: number | null): Promise<ElectionEntity[]> {
    return this.reader.ofBody(body.id, year ?? undefined);
  }
}
