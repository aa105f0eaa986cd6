import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class ChoiceCountInput {
  @Field({ description: 'One of the question’s choices.' })
  choice!: string;

  @Field(() => Int)
  count!: number;
}

@InputType({ description: 'One question’s paper totals: yes / no / abstain, or counts per choice for another choice set.' })
export class PaperQuestionTotalsInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int, { nullable: true })
  yes?: number | null;

  @Field(() => Int, { nullable: true })
  no?: number | null;

  @Field(() => Int, { nullable: true })
  abstain?: number | null;

  @Field(() => [ChoiceCountInput], { nullable: true, description: 'Instead of yes / no / abstain: a count for every choice of the question.' })
  counts?: ChoiceCountInput[] | null;
}

@InputType()
export class EnterQuestionnairePaperTotalsInput {
  @Field(() => Int, { description: 'The congress year of the questionnaire.' })
  year!: number;

  @Field({ description: 'The county whose paper ballots were counted.' })
  countyCode!: string;

  @Field(() => [PaperQuestionTotalsInput], { description: 'Statewide questions and the county’s own citizen resolutions, each once.' })
  totals!: PaperQuestionTotalsInput[];
}

@InputType()
export class ConfirmQuestionnairePaperTotalsInput {
  @Field(() => Int)
  year!: number;

  @Field()
  countyCode!: string;
}
