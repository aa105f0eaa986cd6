import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, Public, type AuthenticatedUser } from '@civic/platform';
import { BallotBulletinService } from './ballot-bulletin.service';
import { CastBallotInput } from './ballot.input';
import { BallotBulletinPageType, BallotReceiptType, ReceiptVerificationType } from './ballot.type';
import { CastBallotService } from './cast-ballot.service';

/** Residents cast secret ballots; anyone reads the bulletin of counted receipts. */
@Resolver(() => BallotReceiptType)
export class BallotResolver {
  constructor(
    private readonly casting: CastBallotService,
    private readonly bulletin: BallotBulletinService,
  ) {}

  @Authenticated()
  @Mutation(() => BallotReceiptType, {
    description:
      'Casts your ballot on an OPEN questionnaire (otherwise VOTING_CLOSED): ONLINE as a verified resident, IN_ROOM when checked in with a vote at your county’s meeting ' +
      '(otherwise NOT_ELIGIBLE). Answer statewide questions and your county’s own (another county’s: NOT_ELIGIBLE, nothing stored); unanswered ones are not counted. ' +
      'Once per questionnaire whatever the channel: ALREADY_VOTED. The receipt returned is committed and appears on the bulletin.',
  })
  castBallot(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CastBallotInput): Promise<BallotReceiptType> {
    return this.casting.cast(user, input);
  }

  @Public()
  @Query(() => BallotBulletinPageType, { description: "The receipts of a county's counted ballots for a year, in receipt order (at most 5,000 per page)." })
  ballotBulletin(
    @Args('year', { type: () => Int }) year: number,
    @Args('countyCode') countyCode: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<BallotBulletinPageType> {
    return this.bulletin.page(year, countyCode, first, after);
  }

  @Public()
  @Query(() => ReceiptVerificationType, { description: 'Whether a receipt is among the counted ballots of the year, and in which county; never the answers.' })
  verifyReceipt(@Args('year', { type: () => Int }) year: number, @Args('receipt') receipt: string): Promise<ReceiptVerificationType> {
    return this.bulletin.verify(year, receipt);
  }
}
