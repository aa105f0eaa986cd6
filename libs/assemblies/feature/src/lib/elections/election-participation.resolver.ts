import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { ElectionCandidateEntity } from '@civic/assemblies-data-access';
import { Authenticated, CurrentUser, type AuthenticatedUser } from '@civic/platform';
import { CandidacyService } from './candidacy.service';
import { CastBallotService } from './cast-ballot.service';
import { CastElectionBallotInput, NominateSelfInput } from './election.input';
import { BallotReceiptType, ElectionCandidateType } from './election.type';

/** Residents take part: stand, withdraw, vote. Who may is checked against the election's electorate. */
@Authenticated()
@Resolver(() => ElectionCandidateType)
export class ElectionParticipationResolver {
  constructor(
    private readonly candidacy: CandidacyService,
    private readonly ballots: CastBallotService,
  ) {}

  @Mutation(() => ElectionCandidateType, {
    description: 'Nominates the caller while nominations are open (resident: a verified resident of the county; else NOT_ELIGIBLE).',
  })
  nominateSelf(@CurrentUser() user: AuthenticatedUser, @Args('input') input: NominateSelfInput): Promise<ElectionCandidateEntity> {
    return this.candidacy.nominate(user, input);
  }

  @Mutation(() => ElectionCandidateType, { description: "Withdraws the caller's candidacy before voting opens (candidate)." })
  withdrawCandidacy(@CurrentUser() user: AuthenticatedUser, @Args('electionId', { type: () => ID }) electionId: string): Promise<ElectionCandidateEntity> {
    return this.candidacy.withdraw(user, electionId);
  }

  @Mutation(() => BallotReceiptType, {
    description:
      'Casts the caller’s electronic ballot while voting is open (checked-in resident: checked in with a vote at the meeting, else NOT_ELIGIBLE). ' +
      'Once per voter: ALREADY_VOTED.',
  })
  castElectionBallot(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CastElectionBallotInput): Promise<BallotReceiptType> {
    return this.ballots.cast(user, input);
  }
}
