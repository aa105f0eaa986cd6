import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { runServiceMigrations } from '@civic/data-access';
import { SERVICES } from '../stack/services';

/**
 * Migrations are history that must run both ways: for every service, apply them all on an
 * empty database, revert them one by one down to nothing, and apply them again.
 */
// Creating a database takes the server's administrator, not the schemas' owner.
const adminUrl = process.env['CIVIC_ADMIN_DATABASE_URL'] ?? process.env['DATABASE_URL']!;
const databaseName = `civic_reversible_${process.pid}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function tablesIn(schema: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'migrations' ORDER BY 1`,
      [schema],
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

beforeAll(() => admin(`CREATE DATABASE "${databaseName}"`));
afterAll(() => admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));

describe.each(SERVICES.map((service) => [service.name, service] as const))('%s migrations', (name, service) => {
  it('apply, revert one by one to nothing, and apply again', async () => {
    const options = (await service.dataSourceOptions())(databaseUrl);
    const applied = await runServiceMigrations(options);
    expect(applied.length).toBeGreaterThan(0);
    const tables = await tablesIn(name);
    expect(tables.length).toBeGreaterThan(0);

    const dataSource = await new DataSource({ ...options, poolSize: 2 } as typeof options).initialize();
    try {
      for (let i = 0; i < applied.length; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
    expect(await tablesIn(name)).toEqual([]);

    expect(await runServiceMigrations(options)).toEqual(applied);
    expect(await tablesIn(name)).toEqual(tables);
  }, 60_000);
});
