import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { JurisdictionReference } from '../jurisdictions';
import { QuestionnaireQuestionType } from '../questionnaires';
import { TallyCounts } from '../tallies';

@ObjectType('PaperQuestionTotals', { description: 'One question’s paper totals in one county.' })
export class PaperQuestionTotalsType extends TallyCounts {
  @Field(() => QuestionnaireQuestionType)
  question!: QuestionnaireQuestionType;

  @Field(() => ID, { description: 'The staff member who entered these numbers.' })
  enteredBy!: string;

  @Field(() => GraphQLISODateTime)
  enteredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The second staff member who confirmed them; null while they wait (and do not count).' })
  confirmedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  confirmedAt!: Date | null;
}

@ObjectType('QuestionnairePaperTotals', { description: "A county's paper totals on a congress year's questionnaire, confirmed or waiting for confirmation." })
export class QuestionnairePaperTotalsType {
  @Field(() => Int)
  year!: number;

  @Field()
  countyCode!: string;

  @Field(() => JurisdictionReference)
  county!: JurisdictionReference;

  @Field(() => Int, { description: 'Paper ballots the county’s meeting handed out: no question’s confirmed totals may count more.' })
  paperBallotsIssued!: number;

  @Field(() => [PaperQuestionTotalsType], { description: 'In questionnaire order.' })
  totals!: PaperQuestionTotalsType[];
}
