import type { DataSourceOptions } from 'typeorm';
import { InboxEventEntity, OutboxEventEntity, serviceDataSourceOptions } from '@civic/data-access';
import { CreateOutbox1795219200000 } from '../migrations/1795219200000-CreateOutbox';

export const RESOLUTIONS_SCHEMA = 'resolutions';

/** Used by the resolutions app and by the migration CLI alike. */
export function resolutionsDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return serviceDataSourceOptions(databaseUrl, {
    schema: RESOLUTIONS_SCHEMA,
    entities: [OutboxEventEntity, InboxEventEntity],
    migrations: [CreateOutbox1795219200000],
  });
}
