import type { DataSourceOptions } from 'typeorm';
import { InboxEventEntity, OutboxEventEntity, serviceDataSourceOptions } from '@civic/data-access';
import { CreateVoterEligibility1795219260000 } from '../migrations/1795219260000-CreateVoterEligibility';
import { CreateQuestionnaires1795219360000 } from '../migrations/1795219360000-CreateQuestionnaires';
import { VoterEligibilityEntity } from './entities/voter-eligibility.entity';
import { PaperTotalsEntity } from './questionnaires/paper-totals.entity';
import { QuestionnaireQuestionEntity } from './questionnaires/questionnaire-question.entity';
import { QuestionnaireEntity } from './questionnaires/questionnaire.entity';
import { CountyResultEntity } from './results/county-result.entity';
import { QuestionResultEntity } from './results/question-result.entity';

export const VOTING_SCHEMA = 'voting';

export const votingEntities = [
  VoterEligibilityEntity,
  QuestionnaireEntity,
  QuestionnaireQuestionEntity,
  PaperTotalsEntity,
  QuestionResultEntity,
  CountyResultEntity,
  OutboxEventEntity,
  InboxEventEntity,
];

/** Used by the voting app and by the migration CLI alike. */
export function votingDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return serviceDataSourceOptions(databaseUrl, {
    schema: VOTING_SCHEMA,
    entities: votingEntities,
    migrations: [CreateVoterEligibility1795219260000, CreateQuestionnaires1795219360000],
  });
}
