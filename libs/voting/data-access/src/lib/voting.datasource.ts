import type { DataSourceOptions } from 'typeorm';
import { BodyMemberEntity, InboxEventEntity, OutboxEventEntity, serviceDataSourceOptions, type ServicePrivileges } from '@civic/data-access';
import { CreateVoterEligibility1795219260000 } from '../migrations/1795219260000-CreateVoterEligibility';
import { CreateQuestionnaires1795219360000 } from '../migrations/1795219360000-CreateQuestionnaires';
import { CreateBallots1795219370000 } from '../migrations/1795219370000-CreateBallots';
import { CreateRollCalls1795219380000 } from '../migrations/1795219380000-CreateRollCalls';
import { CreateAssembliesReadModels1795219390000 } from '../migrations/1795219390000-CreateAssembliesReadModels';
import { CreateRollCallSchedules1795219400000 } from '../migrations/1795219400000-CreateRollCallSchedules';
import { TallyRoomForHotUpdates1795219420000 } from '../migrations/1795219420000-TallyRoomForHotUpdates';
import { IssuePaperBallots1795219440000 } from '../migrations/1795219440000-IssuePaperBallots';
import { PublishResultsInSnapshots1795219470000 } from '../migrations/1795219470000-PublishResultsInSnapshots';
import { DelegateSeatEntity, JurisdictionEntity, MeetingAttendeeEntity } from './assemblies-read-models';
import { BallotEntity, BallotTallyEntity, QuestionnaireVoterEntity, RecountReportEntity } from './ballots';
import { VoterEligibilityEntity } from './eligibility';
import { PaperTotalsEntity } from './paper-totals';
import { QuestionnaireEntity, QuestionnaireQuestionEntity } from './questionnaires';
import { CountyResultEntity, QuestionResultEntity } from './results';
import { RollCallScheduleEntity } from './roll-call-schedules';
import { RollCallEntity, RollCallMemberEntity, RollCallVoteChangeEntity } from './roll-calls';
import { BallotCountEntity, PublishedBallotCountEntity, PublishedTallyEntity } from './tallies';

export const VOTING_SCHEMA = 'voting';

export const votingEntities = [
  VoterEligibilityEntity,
  QuestionnaireEntity,
  QuestionnaireQuestionEntity,
  PaperTotalsEntity,
  QuestionResultEntity,
  CountyResultEntity,
  QuestionnaireVoterEntity,
  BallotEntity,
  BallotTallyEntity,
  RecountReportEntity,
  BallotCountEntity,
  PublishedBallotCountEntity,
  PublishedTallyEntity,
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
    migrations: [
      CreateVoterEligibility1795219260000,
      CreateQuestionnaires1795219360000,
      CreateBallots1795219370000,
      CreateRollCalls1795219380000,
      CreateAssembliesReadModels1795219390000,
      CreateRollCallSchedules1795219400000,
      TallyRoomForHotUpdates1795219420000,
      IssuePaperBallots1795219440000,
      PublishResultsInSnapshots1795219470000,
    ],
  });
}

/**
 * What voting's database role may do in its schema (see @civic/data-access database-roles).
 * Append-only: Ballots, who voted, the history of roll-call votes and recount reports: never changed once written.
 */
export const votingPrivileges: ServicePrivileges = {
  schema: VOTING_SCHEMA,
  appendOnly: ['ballot', 'questionnaire_voter', 'roll_call_vote_change', 'recount_report'],
};
