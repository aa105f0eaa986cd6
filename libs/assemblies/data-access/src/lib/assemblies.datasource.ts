import type { DataSourceOptions } from 'typeorm';
import { InboxEventEntity, OutboxEventEntity, serviceDataSourceOptions } from '@civic/data-access';
import { CreateJurisdictions1795219200000 } from '../migrations/1795219200000-CreateJurisdictions';
import { CongressEntity } from './entities/congress.entity';
import { JurisdictionEntity } from './entities/jurisdiction.entity';
import { TierEntity } from './entities/tier.entity';

export const ASSEMBLIES_SCHEMA = 'assemblies';

export const assembliesEntities = [CongressEntity, TierEntity, JurisdictionEntity, OutboxEventEntity, InboxEventEntity];

/** Used by the assemblies app and by the migration CLI alike. */
export function assembliesDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return serviceDataSourceOptions(databaseUrl, {
    schema: ASSEMBLIES_SCHEMA,
    entities: assembliesEntities,
    migrations: [CreateJurisdictions1795219200000],
  });
}
