import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BodyOfficeValue } from '../bodies';
import { BodyElectionKind, CountingMethod } from './election.enums';

@InputType()
export class CreateDelegateElectionInput {
  @Field(() => ID, { description: 'The county meeting that holds the election.' })
  meetingId!: string;

  @Field(() => CountingMethod, { nullable: true, description: 'Defaults to PLURALITY.' })
  method?: CountingMethod | null;

  @Field(() => [Int], { nullable: true, description: 'The seats to fill; default every seat of the county up that year. A seat not up: SEAT_NOT_UP.' })
  seatNumbers?: number[] | null;
}

@InputType()
export class NominateSelfInput {
  @Field(() => ID)
  electionId!: string;

  @Field({ description: 'The name on the ballot.' })
  displayName!: string;

  @Field({ description: 'A short statement (at most 2,000 characters).' })
  statement!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The seat the candidate stands for, if they name one: it must be up in this election (else SEAT_NOT_UP). All seats are filled from one count.',
  })
  seatNumber?: number | null;
}

@InputType()
export class CastElectionBallotInput {
  @Field(() => ID)
  electionId!: string;

  @Field(() => [ID], { description: 'Candidate ids: plurality up to k marks, approval any, STV a ranking (first preference first).' })
  choices!: string[];
}

@InputType()
export class PaperTotalLineInput {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => Int)
  votes!: number;
}

@InputType()
export class PaperBallotGroupInput {
  @Field(() => [ID], { description: 'The marks (STV: the ranking) common to these papers.' })
  choices!: string[];

  @Field(() => Int, { description: 'How many papers carry exactly these marks.' })
  count!: number;
}

@InputType()
export class EnterPaperTotalsInput {
  @Field(() => ID)
  electionId!: string;

  @Field(() => [PaperTotalLineInput], { nullable: true, description: 'Per-candidate totals (plurality and approval).' })
  totals?: PaperTotalLineInput[] | null;

  @Field(() => [PaperBallotGroupInput], { nullable: true, description: 'Groups of identical papers (any method; the only form for STV).' })
  groups?: PaperBallotGroupInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The papers counted, as the tally sheet states. Optional: per-candidate totals otherwise stand for the fewest papers that can carry their marks, groups for their papers.',
  })
  papers?: number | null;
}

@InputType({ description: 'A paper ballot of a county meeting’s delegate election, handed to a person checked in with a vote.' })
export class IssueElectionPaperBallotInput {
  @Field(() => ID)
  electionId!: string;

  @Field(() => ID, { description: 'The attendee receiving the paper ballot.' })
  accountId!: string;
}

@InputType()
export class CreateBodyElectionInput {
  @Field(() => BodyElectionKind)
  kind!: BodyElectionKind;

  @Field(() => String, {
    nullable: true,
    description: 'DELEGATION_OFFICER: the county code; COUNCIL_MEMBERS: the district code; EXECUTIVE_OFFICER: leave out.',
  })
  jurisdictionCode?: string | null;

  @Field(() => BodyOfficeValue, {
    nullable: true,
    description: 'The office elected (DELEGATION_OFFICER: CHAIR or VICE_CHAIR; EXECUTIVE_OFFICER: one of five). Council members hold none.',
  })
  office?: BodyOfficeValue | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to the current year.' })
  year?: number | null;

  @Field(() => CountingMethod, { nullable: true, description: 'Defaults to PLURALITY.' })
  method?: CountingMethod | null;
}
