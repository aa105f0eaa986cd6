import { randomBytes } from 'node:crypto';
import { databaseUrlAs, grantServicePrivileges, MIGRATOR_ROLE, provisionDatabaseRoles, serviceRoleName, type DatabaseRolePlan } from '@civic/data-access';
import type { ServiceName } from '@civic/contracts';
import { migrateServices, type MigrateOptions } from './migrations';
import { SERVICES } from './services';

/** The worker's login role: granted identity's and voting's roles, whose jobs it runs. */
export const WORKER_ROLE = 'civic_worker';
const WORKER_SCHEMAS = ['identity', 'voting'] as const;

/** Every login role the platform uses. */
export const DATABASE_ROLES: readonly string[] = [MIGRATOR_ROLE, ...SERVICES.map((service) => serviceRoleName(service.name)), WORKER_ROLE];

/** Where each part of the platform connects, each as its own role. */
export interface DatabaseAccess {
  /** The owner of the schemas: migrations, the demo seed, tests' fixtures. */
  migratorUrl: string;
  serviceUrls: Record<ServiceName, string>;
  workerUrl: string;
}

/** A fresh password for every role (test runs). */
export function randomRolePasswords(): Record<string, string> {
  return Object.fromEntries(DATABASE_ROLES.map((role) => [role, randomBytes(24).toString('base64url')]));
}

/**
 * Readies the database as an administrator able to create roles: the login roles and the
 * schemas owned by the migrator, every pending migration applied as the migrator, then each
 * service's grants on the tables that now exist. Returns each role's URL.
 */
export async function prepareDatabase(
  adminUrl: string,
  passwords: Record<string, string>,
  options: Pick<MigrateOptions, 'log' | 'skipMissing'> = {},
): Promise<DatabaseAccess> {
  const credentials = (user: string) => {
    const password = passwords[user];
    if (!password) throw new Error(`no password for the database role ${user}`);
    return { user, password };
  };
  const plan: DatabaseRolePlan = {
    migrator: credentials(MIGRATOR_ROLE),
    services: SERVICES.map((service) => ({ schema: service.name, credentials: credentials(serviceRoleName(service.name)) })),
    worker: { credentials: credentials(WORKER_ROLE), schemas: WORKER_SCHEMAS },
  };
  await provisionDatabaseRoles(adminUrl, plan);
  const migratorUrl = databaseUrlAs(adminUrl, plan.migrator);
  const reports = await migrateServices(migratorUrl, options);
  for (const report of reports) {
    const service = SERVICES.find((candidate) => candidate.name === report.service);
    const privileges = service && (await service.privileges());
    if (privileges) await grantServicePrivileges(migratorUrl, privileges, serviceRoleName(report.service));
  }
  return {
    migratorUrl,
    serviceUrls: Object.fromEntries(plan.services.map(({ schema, credentials: role }) => [schema, databaseUrlAs(adminUrl, role)])) as Record<
      ServiceName,
      string
    >,
    workerUrl: databaseUrlAs(adminUrl, credentials(WORKER_ROLE)),
  };
}

/** The environment variable that holds a role's password: civic_voting → CIVIC_VOTING_DB_PASSWORD. */
export function rolePasswordVariable(role: string): string {
  return `${role.toUpperCase()}_DB_PASSWORD`;
}

/** Every role's password from the environment (compose's migration step); names the missing ones. */
export function rolePasswordsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const missing = DATABASE_ROLES.filter((role) => !env[rolePasswordVariable(role)]);
  if (missing.length > 0) throw new Error(`set ${missing.map(rolePasswordVariable).join(', ')}: the database roles' passwords`);
  return Object.fromEntries(DATABASE_ROLES.map((role) => [role, env[rolePasswordVariable(role)] as string]));
}
