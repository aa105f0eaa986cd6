/**
 * The migration CLI: `npm run migrate` applies every service's pending migrations;
 * `npm run migrate -- --service identity` one service's; `-- --revert --service identity`
 * reverts that service's last migration. Reads DATABASE_URL (the schemas' owner).
 *
 * With DATABASE_ADMIN_URL (an administrator able to create roles: compose's migration step)
 * it readies the whole database instead: the login roles, with passwords from
 * CIVIC_<ROLE>_DB_PASSWORD, the schemas owned by the migrator role, every migration applied
 * as that role, and each service's grants.
 */
import { parseArgs } from 'node:util';
import { prepareDatabase, rolePasswordsFromEnv } from '../stack/database';
import { migrateServices, revertLastMigration } from '../stack/migrations';
import { SERVICES, serviceModule } from '../stack/services';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      service: { type: 'string' },
      revert: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run migrate [-- --service <name>] [-- --revert --service <name>]');
    console.log(`services: ${SERVICES.map((s) => s.name).join(', ')}`);
    return;
  }
  const adminUrl = process.env['DATABASE_ADMIN_URL'];
  if (adminUrl && !values.revert && !values.service) {
    await prepareDatabase(adminUrl, rolePasswordsFromEnv(process.env), { log: (message) => console.log(message) });
    return;
  }
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('DATABASE_URL is not set (e.g. postgres://user:password@127.0.0.1:5432/civic)');

  if (values.revert) {
    if (!values.service) throw new Error('--revert needs --service <name>: migrations are reverted one service at a time');
    await revertLastMigration(databaseUrl, values.service);
    console.log(`${values.service}: reverted the last migration`);
    return;
  }
  const services = values.service ? [serviceModule(values.service)] : SERVICES;
  await migrateServices(databaseUrl, { services, log: (message) => console.log(message) });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
