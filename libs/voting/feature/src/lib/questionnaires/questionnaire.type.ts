import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { QuestionnaireEntity } from '@civic/voting-data-access';
import { JurisdictionReference } from '../jurisdictions';
import { QuestionnaireStatus } from './questionnaire.enums';

@ObjectType('Questionnaire', { description: 'The questionnaire of one congress year: statewide questions and each county’s citizen resolutions.' })
export class QuestionnaireType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The congress year.' })
  year!: number;

  @Field(() => QuestionnaireStatus)
  status!: QuestionnaireStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When voting opened.' })
  opensAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When voting closed.' })
  closesAt!: Date | null;

  @Field(() => Int, {
    description:
      "k: while voting is open, public results move in published snapshots, a county channel's figures only once at least k more ballots arrived there; " +
      'counties below k show no counts. Exact once voting has closed. Staff set it while a draft (setResultsPublicationThreshold).',
  })
  resultsPublicationThreshold!: number;

  @Field(() => JurisdictionReference, {
    nullable: true,
    description: "In myQuestionnaire: the voter's county, whose citizen resolutions `questions` lists beside the statewide questions. Null elsewhere.",
  })
  county!: JurisdictionReference | null;
}

export function toQuestionnaireType(questionnaire: QuestionnaireEntity, countyCode: string | null = null): QuestionnaireType {
  return {
    id: questionnaire.id,
    year: questionnaire.year,
    status: questionnaire.status as QuestionnaireStatus,
    opensAt: questionnaire.opensAt,
    closesAt: questionnaire.closesAt,
    resultsPublicationThreshold: questionnaire.resultsPublicationThreshold,
    county: countyCode === null ? null : { code: countyCode },
  };
}
