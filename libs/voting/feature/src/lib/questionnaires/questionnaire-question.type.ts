import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { QuestionnaireQuestionEntity } from '@civic/voting-data-access';
import { JurisdictionReference } from '../jurisdictions';
import { QuestionSource } from './questionnaire.enums';

@ObjectType('QuestionnaireQuestion', { description: 'A question on a congress year’s questionnaire; county-local when it has a county.' })
export class QuestionnaireQuestionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The congress year of the questionnaire.' })
  year!: number;

  @Field(() => Int, { description: 'Its place on the questionnaire, from 1.' })
  position!: number;

  @Field(() => QuestionSource)
  source!: QuestionSource;

  @Field()
  text!: string;

  @Field({ description: 'What voters should know: the agency’s explanation, or the resolution’s full text.' })
  background!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a county-local citizen resolution: the county whose voters decide it. Null for statewide questions.',
  })
  countyCode!: string | null;

  @Field(() => JurisdictionReference, { nullable: true, description: 'The same county, as a jurisdiction.' })
  county!: JurisdictionReference | null;

  @Field(() => ID, { nullable: true, description: 'The citizen resolution the question was drawn from (resolutions service).' })
  resolutionId!: string | null;

  @Field(() => String, { nullable: true, description: 'That resolution’s public number, e.g. "2027-014".' })
  resolutionNumber!: string | null;

  @Field(() => [String], { description: 'The answers a voter chooses from, in order (yes, no, abstain unless configured).' })
  choices!: string[];
}

export function toQuestionType(question: QuestionnaireQuestionEntity, year: number): QuestionnaireQuestionType {
  return {
    id: question.id,
    year,
    position: question.position,
    source: question.source as QuestionSource,
    text: question.text,
    background: question.background,
    countyCode: question.countyCode,
    county: question.countyCode === null ? null : { code: question.countyCode },
    resolutionId: question.resolutionId,
    resolutionNumber: question.resolutionNumber,
    choices: question.choices,
  };
}
