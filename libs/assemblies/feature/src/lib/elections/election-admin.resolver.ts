import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { ElectionEntity } from '@civic/assemblies-data-access';
import { CurrentUser, RequireCountyAccess, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { CertifyElectionService } from './certify-election.service';
import { CreateBodyElectionService } from './create-body-election.service';
import { CreateDelegateElectionService } from './create-delegate-election.service';
import { ElectionPhaseService } from './election-phase.service';
import { toPaperTotalsType } from './election-reader.service';
import { CreateBodyElectionInput, CreateDelegateElectionInput, EnterPaperTotalsInput, IssueElectionPaperBallotInput } from './election.input';
import { ElectionPaperBallotIssueType, ElectionPaperTotalsType, ElectionType } from './election.type';
import { PaperTotalsService } from './paper-totals.service';

/**
 * Elections are run — set up, voting opened and closed, paper ballots handed out, paper totals
 * entered and confirmed, certified — by agency staff, and a county meeting's delegate election
 * also by a clerk of that county (another county's clerk: FORBIDDEN). A body's election is
 * congress-wide: agency staff only.
 */
@RequireCountyAccess()
@Resolver(() => ElectionType)
export class ElectionAdminResolver {
  constructor(
    private readonly creating: CreateDelegateElectionService,
    private readonly creatingForBody: CreateBodyElectionService,
    private readonly phases: ElectionPhaseService,
    private readonly paper: PaperTotalsService,
    private readonly certifying: CertifyElectionService,
  ) {}

  @Mutation(() => ElectionType, {
    description:
      "Sets up a county meeting's delegate election over the county's seats up that year (agency staff, or a clerk of the county). One per meeting; a seat not up: SEAT_NOT_UP.",
  })
  createDelegateElection(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CreateDelegateElectionInput): Promise<ElectionEntity> {
    return this.creating.create(user, input);
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => ElectionType, {
    description:
      "Sets up a body's election (agency staff): a county delegation's CHAIR or VICE_CHAIR (jurisdictionCode: the county), a district's 2 council members " +
      '(jurisdictionCode: the district), or one Executive Committee office. Candidates nominate themselves with nominateSelf; voters vote with castElectionBallot. One per body, place, office and year: CONFLICT.',
  })
  createBodyElection(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CreateBodyElectionInput): Promise<ElectionEntity> {
    return this.creatingForBody.create(user, input);
  }

  @Mutation(() => ElectionType, {
    description: 'Ends nominations and opens voting (agency staff, or a clerk of the county). Needs at least one candidate; otherwise CONFLICT.',
  })
  openElectionVoting(@CurrentUser() user: AuthenticatedUser, @Args('electionId', { type: () => ID }) electionId: string): Promise<ElectionEntity> {
    return this.phases.openVoting(user, electionId);
  }

  @Mutation(() => ElectionType, { description: 'Closes voting and draws the public tie-break seed (agency staff, or a clerk of the county).' })
  closeElectionVoting(@CurrentUser() user: AuthenticatedUser, @Args('electionId', { type: () => ID }) electionId: string): Promise<ElectionEntity> {
    return this.phases.closeVoting(user, electionId);
  }

  @Mutation(() => ElectionPaperBallotIssueType, {
    description:
      "Hands a paper ballot of a county meeting's delegate election to a person checked in there with a vote, while voting runs (agency staff, or a clerk of the county). Records that they voted, on paper: " +
      'an electronic ballot afterwards, or a second paper, is ALREADY_VOTED; someone who already voted gets ALREADY_VOTED with the channel and no paper. ' +
      'Not checked in with a vote: NOT_ELIGIBLE. Voting not running: CONFLICT. A body’s election: PAPER_TOTALS_NOT_ACCEPTED.',
  })
  issueElectionPaperBallot(@CurrentUser() user: AuthenticatedUser, @Args('input') input: IssueElectionPaperBallotInput): Promise<ElectionPaperBallotIssueType> {
    return this.paper.issue(user, input);
  }

  @Mutation(() => ElectionPaperTotalsType, {
    description:
      'Enters totals counted off paper ballots while voting runs or after it closed (agency staff, or a clerk of the county). They count once another staff member confirms them. Body elections are electronic only: PAPER_TOTALS_NOT_ACCEPTED.',
  })
  async enterPaperTotals(@CurrentUser() user: AuthenticatedUser, @Args('input') input: EnterPaperTotalsInput): Promise<ElectionPaperTotalsType> {
    return toPaperTotalsType(await this.paper.enter(user, input));
  }

  @Mutation(() => ElectionPaperTotalsType, {
    description:
      'Confirms paper totals (agency staff or a clerk of the county, other than the one who entered them; the same person: SECOND_CONFIRMER_REQUIRED). ' +
      'The election’s confirmed totals may stand for no more papers than were handed out: PAPER_TOTALS_EXCEED_ISSUED.',
  })
  async confirmPaperTotals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('paperTotalsId', { type: () => ID }) paperTotalsId: string,
  ): Promise<ElectionPaperTotalsType> {
    return toPaperTotalsType(await this.paper.confirm(user, paperTotalsId));
  }

  @Mutation(() => ElectionType, {
    description:
      'Certifies a closed election (agency staff, or a clerk of the county): counts electronic ballots and confirmed paper totals, seats the winners for their terms, publishes the result. ' +
      'Once only: certifying again, or a concurrent second certification, gets CONFLICT.',
  })
  certifyElection(@CurrentUser() user: AuthenticatedUser, @Args('electionId', { type: () => ID }) electionId: string): Promise<ElectionEntity> {
    return this.certifying.certify(user, electionId);
  }
}
