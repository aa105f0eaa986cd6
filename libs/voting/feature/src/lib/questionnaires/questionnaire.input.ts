import { Field, InputType, Int } from '@nestjs/graphql';
import { QuestionSource } from './questionnaire.enums';

@InputType()
export class AddQuestionnaireQuestionInput {
  @Field(() => Int, { description: 'The congress year; its questionnaire is made (in DRAFT) if there is none yet.' })
  year!: number;

  @Field(() => QuestionSource, { description: 'AGENCY or BOARD: advisory and county questions come from the resolutions pipeline.' })
  source!: QuestionSource;

  @Field({ description: 'The question as printed (at most 1,000 characters).' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'What voters should know (at most 10,000 characters).' })
  background?: string | null;

  @Field(() => [String], { nullable: true, description: 'The choices, 2 to 10 short codes (default: yes, no, abstain).' })
  choices?: string[] | null;
}
