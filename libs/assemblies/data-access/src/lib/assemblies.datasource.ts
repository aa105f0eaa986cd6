import type { DataSourceOptions } from 'typeorm';
import {
  InboxEventEntity,
  OutboxEventEntity,
  PendingConfirmationEntity,
  ResidentEntity,
  serviceDataSourceOptions,
  type ServicePrivileges,
} from '@civic/data-access';
import { CreateJurisdictions1795219200000 } from '../migrations/1795219200000-CreateJurisdictions';
import { CreateSeatsAndConfiguration1795219210000 } from '../migrations/1795219210000-CreateSeatsAndConfiguration';
import { CreateResidents1795219220000 } from '../migrations/1795219220000-CreateResidents';
import { CreateCountyMeetings1795219220100 } from '../migrations/1795219220100-CreateCountyMeetings';
import { CreateElections1795219230000 } from '../migrations/1795219230000-CreateElections';
import { CreateBodies1795219240000 } from '../migrations/1795219240000-CreateBodies';
import { AddBodyElections1795219250000 } from '../migrations/1795219250000-AddBodyElections';
import { AddBodyAgendaItemResolution1795219350000 } from '../migrations/1795219350000-AddBodyAgendaItemResolution';
import { ShuffleElectionBallots1795219410000 } from '../migrations/1795219410000-ShuffleElectionBallots';
import { IssueElectionPaperBallots1795219440000 } from '../migrations/1795219440000-IssueElectionPaperBallots';
import { AddResidentDisplayName1795219440100 } from '../migrations/1795219440100-AddResidentDisplayName';
import { CreatePendingConfirmation1795219490000 } from '../migrations/1795219490000-CreatePendingConfirmation';
import {
  BodyAgendaItemEntity,
  BodyAttendanceEntity,
  BodyConflictEntity,
  BodyEntity,
  BodyMeetingEntity,
  BodyMembershipEntity,
  BodyMotionEntity,
  BodyVoteEntity,
} from './bodies';
import { ConfigurationChangeEntity, CongressConfigurationEntity } from './configuration';
import { ElectionBallotEntity, ElectionCandidateEntity, ElectionEntity, ElectionPaperTotalsEntity, ElectionSeatEntity, ElectionVoterEntity } from './elections';
import { CongressEntity, JurisdictionEntity, TierEntity } from './jurisdictions';
import { AgendaItemEntity, AttendanceEntity, CountyMeetingEntity } from './meetings';
import { SeatEntity, TenureEntity, TermExtensionEntity } from './seats';

export const ASSEMBLIES_SCHEMA = 'assemblies';

export const assembliesEntities = [
  CongressEntity,
  TierEntity,
  JurisdictionEntity,
  OutboxEventEntity,
  InboxEventEntity,
  ResidentEntity,
  CountyMeetingEntity,
  AgendaItemEntity,
  AttendanceEntity,
  CongressConfigurationEntity,
  ConfigurationChangeEntity,
  SeatEntity,
  TenureEntity,
  TermExtensionEntity,
  ElectionEntity,
  ElectionSeatEntity,
  ElectionCandidateEntity,
  ElectionVoterEntity,
  ElectionBallotEntity,
  ElectionPaperTotalsEntity,
  BodyEntity,
  BodyMembershipEntity,
  BodyMeetingEntity,
  BodyAgendaItemEntity,
  BodyAttendanceEntity,
  BodyMotionEntity,
  BodyVoteEntity,
  BodyConflictEntity,
  PendingConfirmationEntity,
];

/** Used by the assemblies app and by the migration CLI alike. */
export function assembliesDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return serviceDataSourceOptions(databaseUrl, {
    schema: ASSEMBLIES_SCHEMA,
    entities: assembliesEntities,
    migrations: [
      CreateJurisdictions1795219200000,
      CreateSeatsAndConfiguration1795219210000,
      CreateResidents1795219220000,
      CreateCountyMeetings1795219220100,
      CreateElections1795219230000,
      CreateBodies1795219240000,
      AddBodyElections1795219250000,
      AddBodyAgendaItemResolution1795219350000,
      ShuffleElectionBallots1795219410000,
      IssueElectionPaperBallots1795219440000,
      AddResidentDisplayName1795219440100,
      CreatePendingConfirmation1795219490000,
    ],
  });
}

/**
 * What assemblies's database role may do in its schema (see @civic/data-access database-roles).
 * Append-only: The configuration history, who voted in an election and its electronic ballots.
 */
export const assembliesPrivileges: ServicePrivileges = { schema: ASSEMBLIES_SCHEMA, appendOnly: ['configuration_change', 'election_voter', 'election_ballot'] };
