import { Client } from 'pg';

/**
 * Least privilege in the database. Migrations run as one owner role, which owns every
 * service schema and everything in it; each service connects with its own login role that
 * owns nothing, may use only its own schema (so it can read nothing of another service's),
 * reads and writes its tables, and may only add rows to its append-only ones (ballots, who
 * voted, audit and history tables): an injection in one service cannot join another's
 * tables, change a ballot, or switch off a trigger (only an owner may). `search_path` is set
 * on each role, not in the connection options, so a transaction-mode pooler works later.
 */

/** The role that owns the schemas and runs migrations (and the demo seed). */
export const MIGRATOR_ROLE = 'civic_migrator';

/** The login role of the service that owns `schema`. */
export function serviceRoleName(schema: string): string {
  return `civic_${schema}`;
}

/** What a service's role may do in its schema, declared by its data-access library. */
export interface ServicePrivileges {
  schema: string;
  /** Tables the service only reads and appends to: no UPDATE, DELETE or TRUNCATE. */
  appendOnly: readonly string[];
}

export interface RoleCredentials {
  user: string;
  password: string;
}

export interface DatabaseRolePlan {
  migrator: RoleCredentials;
  services: ReadonlyArray<{ schema: string; credentials: RoleCredentials }>;
  /** A role for the worker, which runs jobs of several services: it is granted their roles. */
  worker?: { credentials: RoleCredentials; schemas: readonly string[] };
}

/** The same server and database, as another role. */
export function databaseUrlAs(url: string, credentials: RoleCredentials): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(credentials.user);
  parsed.password = encodeURIComponent(credentials.password);
  return parsed.toString();
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Creates (or updates the passwords of) the roles of the plan and the service schemas owned
 * by the migrator, as an administrator able to create roles. Idempotent. Objects that an
 * earlier version created under another owner are handed to the migrator.
 */
export async function provisionDatabaseRoles(adminUrl: string, plan: DatabaseRolePlan): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]?.db ?? 'civic';
    // Roles are cluster-wide: two provisioners at once (parallel test runs) must take turns.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['civic:provision-database-roles']);
    const ensureRole = async (credentials: RoleCredentials, searchPath: string | null) => {
      const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [credentials.user])).rowCount !== 0;
      const verb = exists ? 'ALTER' : 'CREATE';
      await client.query(
        `${verb} ROLE ${ident(credentials.user)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal(credentials.password)}`,
      );
      if (searchPath) await client.query(`ALTER ROLE ${ident(credentials.user)} SET search_path = ${searchPath}`);
      await client.query(`GRANT CONNECT ON DATABASE ${ident(database)} TO ${ident(credentials.user)}`);
    };
    await ensureRole(plan.migrator, null);
    // The migrator creates schemas (CREATE SCHEMA IF NOT EXISTS checks this right first).
    await client.query(`GRANT CREATE ON DATABASE ${ident(database)} TO ${ident(plan.migrator.user)}`);
    for (const { schema, credentials } of plan.services) {
      await ensureRole(credentials, `${ident(schema)}, public`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)} AUTHORIZATION ${ident(plan.migrator.user)}`);
      await handOver(client, schema, plan.migrator.user);
    }
    if (plan.worker) {
      await ensureRole(plan.worker.credentials, [...plan.worker.schemas.map(ident), 'public'].join(', '));
      for (const schema of plan.worker.schemas) {
        const service = plan.services.find((candidate) => candidate.schema === schema);
        if (service) await client.query(`GRANT ${ident(service.credentials.user)} TO ${ident(plan.worker.credentials.user)}`);
      }
    }
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['civic:provision-database-roles']);
  } finally {
    await client.end();
  }
}

/** The schema and everything in it to the migrator (a no-op once it owns them). */
async function handOver(client: Client, schema: string, owner: string): Promise<void> {
  await client.query(`ALTER SCHEMA ${ident(schema)} OWNER TO ${ident(owner)}`);
  const { rows } = await client.query<{ kind: string; name: string; signature: string | null }>(
    `SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind, c.relname AS name, NULL AS signature
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> $2
        AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
     UNION ALL
     SELECT 'FUNCTION', p.proname, pg_get_function_identity_arguments(p.oid)
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND pg_get_userbyid(p.proowner) <> $2`,
    [schema, owner],
  );
  for (const row of rows) {
    const name = `${ident(schema)}.${ident(row.name)}${row.kind === 'FUNCTION' ? `(${row.signature ?? ''})` : ''}`;
    await client.query(`ALTER ${row.kind} ${name} OWNER TO ${ident(owner)}`);
  }
}

/**
 * Grants the service's role what its declared privileges allow on the tables that exist
 * now; run as the owner after every migration run (new tables get their grants then).
 */
export async function grantServicePrivileges(ownerUrl: string, privileges: ServicePrivileges, role: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const schema = ident(privileges.schema);
    await client.query('BEGIN');
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${ident(role)}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${ident(role)}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${ident(role)}`);
    for (const table of privileges.appendOnly) {
      await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${schema}.${ident(table)} FROM ${ident(role)}`);
    }
    // TypeORM's own bookkeeping is the migrator's business.
    await client.query(`REVOKE ALL ON TABLE ${schema}."migrations" FROM ${ident(role)}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
