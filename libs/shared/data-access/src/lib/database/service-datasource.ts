import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface ServiceDataSourceSpec {
  /** The service's Postgres schema; every table of the service lives in it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/**
 * The TypeORM options of one service. The app and the migration CLI both build their
 * DataSource from this, so they cannot disagree. The schema is never synchronized:
 * migrations are the only way it changes.
 */
export function serviceDataSourceOptions(databaseUrl: string, spec: ServiceDataSourceSpec): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    schema: spec.schema,
    entities: spec.entities,
    migrations: spec.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: `civic-${spec.schema}`,
    poolSize: spec.poolSize ?? 10,
    // No search_path here: each service's login role carries its own (database-roles.ts), which
    // a transaction-mode pooler keeps; every table and query names its schema anyway.
  };
}
