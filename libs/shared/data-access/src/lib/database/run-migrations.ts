import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * Applies pending migrations of one service. The schema is created first because
 * TypeORM keeps its migrations table inside it.
 */
export async function runServiceMigrations(options: DataSourceOptions): Promise<string[]> {
  const dataSource = new DataSource({ ...options, poolSize: 2 } as DataSourceOptions);
  await dataSource.initialize();
  try {
    const schema = (options as { schema?: string }).schema;
    if (schema) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Reverts the last applied migration of one service. */
export async function revertLastServiceMigration(options: DataSourceOptions): Promise<void> {
  const dataSource = new DataSource({ ...options, poolSize: 2 } as DataSourceOptions);
  await dataSource.initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
