import { Client } from 'pg';
import { Redis } from 'ioredis';

describe('integration infrastructure', () => {
  it('provides a migrated PostgreSQL with one schema per service', async () => {
    const client = new Client({ connectionString: process.env['DATABASE_URL'] });
    await client.connect();
    try {
      const { rows } = await client.query<{ schema_name: string }>(
        `SELECT schema_name FROM information_schema.schemata WHERE schema_name = ANY($1) ORDER BY schema_name`,
        [['assemblies', 'identity', 'resolutions', 'voting']],
      );
      expect(rows.map((row) => row.schema_name)).toEqual(['assemblies', 'identity', 'resolutions', 'voting']);
    } finally {
      await client.end();
    }
  });

  it('provides a Redis fit for queues: noeviction and append-only', async () => {
    const redis = new Redis(process.env['REDIS_URL'] as string, { lazyConnect: true });
    await redis.connect();
    try {
      expect(await redis.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      expect(await redis.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
    } finally {
      redis.disconnect();
    }
  });
});
