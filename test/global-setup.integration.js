// Integration tier: a fresh PostgreSQL (embedded), redis-server and an SMTP catcher on free
// ports in a temp dir, the database roles made and every service's migrations applied as the
// owner role. Test files read DATABASE_URL (the owner: fixtures, inspection),
// CIVIC_SERVICE_DATABASE_URLS (each service's own role, which the in-process apps use),
// CIVIC_ADMIN_DATABASE_URL, REDIS_URL, SMTP_URL and CIVIC_MAIL_DIR (where the catcher writes
// each mail).
'use strict';
require('./support/register-ts');
const { mkdtempSync, chmodSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async function globalSetup() {
  const { startInfrastructure } = require('../tools/stack/stack.ts');
  const { prepareDatabase, randomRolePasswords } = require('../tools/stack/database.ts');
  const started = Date.now();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'civic-int-'));
  chmodSync(dataDir, 0o755);
  const infrastructure = await startInfrastructure({ dataDir, fast: true });
  globalThis.__CIVIC_INTEGRATION__ = { infrastructure, dataDir };
  let database;
  try {
    database = await prepareDatabase(infrastructure.databaseUrl, randomRolePasswords(), {
      skipMissing: process.env.CIVIC_SKIP_MISSING_SERVICES === '1',
      log: (message) => process.env.CIVIC_STACK_VERBOSE && console.log(`  ${message}`),
    });
  } catch (error) {
    await infrastructure.stop();
    throw error;
  }
  process.env.DATABASE_URL = database.migratorUrl;
  process.env.CIVIC_SERVICE_DATABASE_URLS = JSON.stringify({ ...database.serviceUrls, worker: database.workerUrl });
  process.env.CIVIC_ADMIN_DATABASE_URL = infrastructure.databaseUrl;
  process.env.REDIS_URL = infrastructure.redisUrl;
  // The embedded SMTP catcher: tests send to it and read what arrived (@civic/testing's waitForMail).
  process.env.SMTP_URL = infrastructure.smtpUrl;
  process.env.CIVIC_MAIL_DIR = infrastructure.mailDir;
  console.log(`\nintegration stack: PostgreSQL + Redis up and migrated in ${((Date.now() - started) / 1000).toFixed(1)} s (${dataDir})`);
};
