import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { BodyOfficeValue } from '../bodies';
import { CandidateOutcome, CountingMethod, ElectionKind, ElectionPhase } from './election.enums';

@ObjectType('ElectionCandidate', { description: 'A self-nominated candidate.' })
export class ElectionCandidateType {
  @Field(() => ID, { description: 'The id ballots mark.' })
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  statement!: string;

  @Field(() => Int, { nullable: true, description: 'The seat named at nomination, if any.' })
  seatNumber!: number | null;

  @Field(() => GraphQLISODateTime)
  nominatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the candidate withdrew; null while standing.' })
  withdrawnAt!: Date | null;

  /** Resolved into `account`. */
  accountId!: string;
}

@ObjectType('Election', {
  description:
    "A county meeting's delegate election or a body's election (delegation officers, council members, Executive officers). Tallies are hidden until it is certified.",
})
export class ElectionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ElectionKind)
  kind!: ElectionKind;

  @Field(() => BodyOfficeValue, { nullable: true, description: 'The office elected (delegation and Executive Committee elections).' })
  office!: BodyOfficeValue | null;

  @Field(() => Int)
  year!: number;

  @Field(() => CountingMethod)
  method!: CountingMethod;

  @Field(() => Int, { description: 'How many seats the count fills.' })
  seatsToFill!: number;

  @Field(() => ElectionPhase)
  phase!: ElectionPhase;

  @Field(() => String, {
    nullable: true,
    description: 'The tie-break seed, drawn when voting closed; with the ballots it lets anyone recount (lot: sha256 of "seed:stage:candidateId").',
  })
  tieSeed!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  votingOpenedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  votingClosedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  certifiedAt!: Date | null;

  meetingId!: string | null;
  jurisdictionId!: string | null;
  bodyId!: string | null;
}

@ObjectType({ description: "A candidate's count: plurality/approval marks, STV first preferences." })
export class CandidateTotalType {
  @Field(() => ID)
  candidateId!: string;

  @Field()
  displayName!: string;

  @Field(() => Float)
  votes!: number;

  @Field(() => CandidateOutcome)
  outcome!: CandidateOutcome;
}

@ObjectType({ description: "One candidate's value at the end of an STV stage." })
export class RoundCandidateType {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => Float)
  votes!: number;

  @Field(() => Float)
  change!: number;

  @Field({ description: 'continuing, elected or excluded.' })
  status!: string;
}

@ObjectType({ description: 'One stage of the count (STV: first preferences, each surplus transfer and exclusion).' })
export class CountRoundType {
  @Field(() => Int)
  stage!: number;

  @Field({ description: 'tally, first-preferences, surplus, exclusion or group-exclusion.' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The candidate whose surplus moved or who was excluded.' })
  subject!: string | null;

  @Field(() => [RoundCandidateType])
  candidates!: RoundCandidateType[];

  @Field(() => Float)
  nonTransferable!: number;

  @Field(() => Float)
  lossDueToFractions!: number;

  @Field(() => [ID])
  electedThisStage!: string[];

  @Field(() => [ID])
  excludedThisStage!: string[];

  @Field(() => [String])
  notes!: string[];
}

@ObjectType({ description: 'One lot of a tie-break draw.' })
export class LotDrawType {
  @Field(() => ID)
  candidateId!: string;

  @Field({ description: 'sha256 hex of "seed:stage:candidateId"; lowest is drawn first.' })
  digest!: string;
}

@ObjectType({ description: 'A tie and how it was broken.' })
export class TieBreakType {
  @Field(() => Int)
  stage!: number;

  @Field({ description: 'ranking, election-order, surplus-order or exclusion.' })
  purpose!: string;

  @Field(() => [ID])
  tied!: string[];

  @Field({ description: 'earlier-stage or lot.' })
  resolvedBy!: string;

  @Field(() => String, { nullable: true })
  seed!: string | null;

  @Field(() => [LotDrawType])
  draws!: LotDrawType[];

  @Field(() => ID)
  chosen!: string;
}

@ObjectType({ description: 'A seat filled (or left vacant) by the election.' })
export class SeatWonType {
  @Field(() => Int)
  seatNumber!: number;

  @Field(() => ID, { nullable: true, description: 'The winner seated; null when the seat fell vacant.' })
  candidateId!: string | null;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field({ description: 'YYYY-MM-DD.' })
  termStart!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  termEnd!: string;
}

@ObjectType({ description: 'The certified result: public, with everything needed to recount.' })
export class ElectionResultType {
  @Field(() => CountingMethod)
  method!: CountingMethod;

  @Field()
  seed!: string;

  @Field(() => Int, { description: 'Valid papers counted (electronic + confirmed paper entries).' })
  validBallots!: number;

  @Field(() => Int)
  rejectedBallots!: number;

  @Field(() => Float, { nullable: true, description: 'Droop quota (STV only).' })
  quota!: number | null;

  @Field(() => Int)
  unfilledSeats!: number;

  @Field(() => [ID], { description: 'Winners in order of election.' })
  elected!: string[];

  @Field(() => [CandidateTotalType])
  totals!: CandidateTotalType[];

  @Field(() => [CountRoundType], { description: 'Round-by-round counts (one tally round for plurality and approval).' })
  rounds!: CountRoundType[];

  @Field(() => [TieBreakType])
  tieBreaks!: TieBreakType[];

  @Field(() => [SeatWonType])
  seats!: SeatWonType[];
}

@ObjectType('ElectionPaperBallotIssue', {
  description: 'A paper ballot of a delegate election handed out at the county meeting: to whom (never how it was marked).',
})
export class ElectionPaperBallotIssueType {
  @Field(() => ID)
  electionId!: string;

  @Field(() => ID, { description: 'The person now recorded as having voted, on paper.' })
  accountId!: string;

  @Field(() => Int, { description: 'Paper ballots handed out in the election so far: the most its confirmed paper totals may count.' })
  paperBallotsIssued!: number;
}

@ObjectType('ElectionPaperTotals', { description: 'Paper totals as entered; they count once a second staff member confirms them.' })
export class ElectionPaperTotalsType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Papers (or marks, for per-candidate totals) the entry stands for.' })
  papers!: number;

  @Field({ description: 'The entry as typed in (JSON).' })
  entry!: string;

  @Field(() => ID)
  enteredBy!: string;

  @Field(() => GraphQLISODateTime)
  enteredAt!: Date;

  @Field(() => ID, { nullable: true })
  confirmedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  confirmedAt!: Date | null;
}

@ObjectType({ description: 'Proof of a cast ballot: its id lets the voter find it among the published ballots.' })
export class BallotReceiptType {
  @Field(() => ID)
  electionId!: string;

  @Field(() => ID)
  ballotId!: string;
}
