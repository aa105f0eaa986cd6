import { Client } from 'pg';

/**
 * Least privilege, checked in SQL as each role the platform connects with (the integration
 * harness provisions them exactly as `npm start` and compose do): a service reads nothing of
 * another service's schema, owns nothing, cannot change its append-only tables or switch off a
 * trigger, and finds its search_path on its role.
 */
const urls = JSON.parse(process.env['CIVIC_SERVICE_DATABASE_URLS'] ?? '{}') as Record<string, string>;
const SERVICES = ['identity', 'assemblies', 'resolutions', 'voting'] as const;

async function as<T>(role: string, work: (client: Client) => Promise<T>): Promise<T> {
  const url = urls[role];
  if (!url) throw new Error(`no database URL for ${role}: run with the integration config`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const refusal = (role: string, sql: string) =>
  as(role, async (client) => {
    try {
      await client.query(sql);
      return 'allowed';
    } catch (error) {
      return (error as Error).message;
    }
  });

describe('database roles', () => {
  it('each service connects as its own role: not a superuser, owning nothing, with its search_path set on the role', async () => {
    for (const service of SERVICES) {
      const row = await as(service, async (client) => {
        const { rows } = await client.query<{ user: string; superuser: boolean; owned: number; search_path: string }>(
          `SELECT current_user AS user, r.rolsuper AS superuser, current_setting('search_path') AS search_path,
                  (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) + (SELECT count(*)::int FROM pg_namespace n WHERE n.nspowner = r.oid) AS owned
             FROM pg_roles r WHERE r.rolname = current_user`,
        );
        return rows[0];
      });
      expect(row).toEqual({ user: `civic_${service}`, superuser: false, owned: 0, search_path: `${service}, public` });
    }
  });

  it('a service can read nothing of another service’s schema: voting cannot read identity’s accounts or signing keys', async () => {
    expect(await refusal('voting', 'SELECT count(*) FROM identity.account')).toMatch(/permission denied for schema identity/);
    expect(await refusal('voting', 'SELECT * FROM identity.signing_key')).toMatch(/permission denied for schema identity/);
    for (const service of SERVICES) {
      for (const other of SERVICES.filter((candidate) => candidate !== service)) {
        expect(await refusal(service, `SELECT count(*) FROM ${other}.outbox_event`)).toMatch(new RegExp(`permission denied for schema ${other}`));
      }
      expect(await refusal(service, `SELECT count(*) FROM ${service}.outbox_event`)).toBe('allowed');
    }
  });

  it('the voting role cannot update or delete a ballot, nor forget who voted', async () => {
    for (const sql of [
      'DELETE FROM voting.ballot',
      "UPDATE voting.ballot SET county_code = 'x'",
      'TRUNCATE voting.ballot',
      'DELETE FROM voting.questionnaire_voter',
      "UPDATE voting.questionnaire_voter SET channel = 'online'",
    ]) {
      expect(await refusal('voting', sql)).toMatch(/permission denied for table (ballot|questionnaire_voter)/);
    }
    const privileges = await as('voting', async (client) => {
      const { rows } = await client.query<{ insert: boolean; select: boolean }>(
        `SELECT has_table_privilege('voting.ballot', 'INSERT') AS insert, has_table_privilege('voting.ballot', 'SELECT') AS select`,
      );
      return rows[0];
    });
    expect(privileges).toEqual({ insert: true, select: true });
  });

  it('audit and history tables are insert-only, and no service can switch off a trigger or touch the migrations table', async () => {
    expect(await refusal('resolutions', 'DELETE FROM resolutions.audit_entry')).toMatch(/permission denied for table audit_entry/);
    expect(await refusal('resolutions', 'ALTER TABLE resolutions.audit_entry DISABLE TRIGGER USER')).toMatch(/must be owner/);
    expect(await refusal('resolutions', 'SET session_replication_role = replica')).toMatch(/permission denied/);
    expect(await refusal('assemblies', 'DELETE FROM assemblies.configuration_change')).toMatch(/permission denied for table configuration_change/);
    expect(await refusal('assemblies', 'UPDATE assemblies.election_voter SET channel = channel')).toMatch(/permission denied for table election_voter/);
    expect(await refusal('identity', 'DELETE FROM identity.migrations')).toMatch(/permission denied for table migrations/);
  });

  it('the worker reads identity and voting, whose jobs it runs, and nothing else', async () => {
    expect(await refusal('worker', 'SELECT count(*) FROM identity.refresh_token')).toBe('allowed');
    expect(await refusal('worker', 'SELECT count(*) FROM voting.ballot')).toBe('allowed');
    expect(await refusal('worker', 'DELETE FROM voting.ballot')).toMatch(/permission denied/);
    expect(await refusal('worker', 'SELECT count(*) FROM assemblies.election_ballot')).toMatch(/permission denied for schema assemblies/);
  });
});
