import type { DataSourceOptions } from 'typeorm';
import { InboxEventEntity, OutboxEventEntity, serviceDataSourceOptions } from '@civic/data-access';
import { CreateVoterEligibility1795219260000 } from '../migrations/1795219260000-CreateVoterEligibility';
import { VoterEligibilityEntity } from './entities/voter-eligibility.entity';

export const VOTING_SCHEMA = 'voting';

export const votingEntities = [VoterEligibilityEntity, OutboxEventEntity, InboxEventEntity];

/** Used by the voting app and by the migration CLI alike. */
export function votingDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return serviceDataSourceOptions(databaseUrl, {
    schema: VOTING_SCHEMA,
    entities: votingEntities,
    migrations: [CreateVoterEligibility1795219260000],
  });
}
