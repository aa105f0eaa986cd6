import type { DataSourceOptions } from 'typeorm';
import { BodyMemberEntity, InboxEventEntity, OutboxEventEntity, serviceDataSourceOptions } from '@civic/data-access';
import { CreateVoterEligibility1795219260000 } from '../migrations/1795219260000-CreateVoterEligibility';
import { CreateQuestionnaires1795219360000 } from '../migrations/1795219360000-CreateQuestionnaires';
import { CreateBallots1795219370000 } from '../migrations/1795219370000-CreateBallots';
import { CreateRollCalls1795219380000 } from '../migrations/1795219380000-CreateRollCalls';
import { CreateAssembliesReadModels1795219390000 } from '../migrations/1795219390000-CreateAssembliesReadModels';
import { CreateRollCallSchedules1795219400000 } from '../migrations/1795219400000-CreateRollCallSchedules';
import { TallyRoomForHotUpdates1795219420000 } from '../migrations/1795219420000-TallyRoomForHotUpdates';
import { DelegateSeatEntity, JurisdictionEntity, MeetingAttendeeEntity } from './assemblies-read-models';
import { ballotEntities } from './ballots/ballot.entities';
import { VoterEligibilityEntity } from './entities/voter-eligibility.entity';
import { PaperTotalsEntity } from './questionnaires/paper-totals.entity';
import { QuestionnaireQuestionEntity } from './questionnaires/questionnaire-question.entity';
import { QuestionnaireEntity } from './questionnaires/questionnaire.entity';
import { CountyResultEntity } from './results/county-result.entity';
import { RollCallEntity, RollCallMemberEntity, RollCallVoteChangeEntity } from './roll-calls';
import { RollCallScheduleEntity } from './roll-call-schedules';
import { QuestionResultEntity } from './results/question-result.entity';

export const VOTING_SCHEMA = 'voting';

export const votingEntities = [
  VoterEligibilityEntity,
  QuestionnaireEntity,
  QuestionnaireQuestionEntity,
  PaperTotalsEntity,
  QuestionResultEntity,
  CountyResultEntity,
  ...ballotEntities,
  DelegateSeatEntity,
  MeetingAttendeeEntity,
  JurisdictionEntity,
  BodyMemberEntity,
  RollCallEntity,
  RollCallMemberEntity,
  RollCallVoteChangeEntity,
  RollCallScheduleEntity,
  OutboxEventEntity,
  InboxEventEntity,
];

/** Used by the voting app and by the migration CLI alike. */
export function votingDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return serviceDataSourceOptions(databaseUrl, {
    schema: VOTING_SCHEMA,
    entities: votingEntities,
    migrations: [CreateVoterEligibility1795219260000, CreateQuestionnaires1795219360000, CreateBallots1795219370000, CreateRollCalls1795219380000, CreateAssembliesReadModels1795219390000, CreateRollCallSchedules1795219400000, TallyRoomForHotUpdates1795219420000],
  });
}
