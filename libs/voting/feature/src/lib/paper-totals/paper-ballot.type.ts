import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JurisdictionReference } from '../jurisdictions';

@ObjectType('PaperBallotIssue', { description: 'A paper ballot handed out at a county meeting: who received it (never how they marked it).' })
export class PaperBallotIssueType {
  @Field(() => Int)
  year!: number;

  @Field(() => ID, { description: 'The person now recorded as having voted, channel paper.' })
  accountId!: string;

  @Field({ description: 'The county whose meeting handed it out, and whose paper totals it joins.' })
  countyCode!: string;

  @Field(() => JurisdictionReference)
  county!: JurisdictionReference;

  @Field(() => Int, { description: 'Paper ballots handed out in the county so far: the most its confirmed paper totals may count.' })
  paperBallotsIssued!: number;
}
