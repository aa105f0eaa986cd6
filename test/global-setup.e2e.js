// End-to-end tier: the whole platform as `npm start` runs it, but on free ports in a temp
// dir, seeded with the demo and with NODE_ENV=production. The stack's description goes to
// a JSON file that test/support reads (its path in CIVIC_E2E_STACK_FILE).
'use strict';
require('./support/register-ts');
const { mkdtempSync, chmodSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async function globalSetup() {
  const { startStack } = require('../tools/stack/stack.ts');
  const started = Date.now();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'civic-e2e-'));
  chmodSync(dataDir, 0o755);
  const logDir = path.join(dataDir, 'logs');
  const verbose = Boolean(process.env.CIVIC_STACK_VERBOSE);
  let stack;
  try {
    stack = await startStack({
      dataDir,
      logDir,
      fast: true,
      nodeEnv: 'production',
      logLevel: process.env.LOG_LEVEL || 'info',
      seed: true,
      env: { OUTBOX_POLL_MS: '100', SEND_MAIL_EVERY_MS: '300' },
      readyTimeoutMs: 90_000,
      log: (message) => verbose && console.log(`  stack: ${message}`),
      onAppExit: (app, description, lastLines) =>
        console.error(`\n[e2e] ${app} stopped unexpectedly (${description}); log: ${path.join(logDir, `${app}.log`)}\n${lastLines.slice(-15).join('\n')}`),
    });
  } catch (error) {
    console.error(`\n[e2e] the stack did not start; logs are in ${logDir}`);
    throw error;
  }
  // Tests start once the demo's events are applied everywhere (e.g. residents eligible in voting).
  const { waitForEventBacklog } = require('../tools/stack/event-backlog.ts');
  try {
    await waitForEventBacklog(stack.description.databaseUrl, stack.description.redisUrl, { timeoutMs: 180_000 });
  } catch (error) {
    console.error(`\n[e2e] the demo's events were not applied in time; logs are in ${logDir}`);
    await stack.stop();
    throw error;
  }
  const stackFile = path.join(dataDir, 'stack.json');
  writeFileSync(stackFile, JSON.stringify(stack.description, null, 2));
  process.env.CIVIC_E2E_STACK_FILE = stackFile;
  globalThis.__CIVIC_E2E__ = { stack, dataDir, stackFile };
  console.log(`\ne2e stack: up in ${((Date.now() - started) / 1000).toFixed(1)} s, gateway ${stack.description.gatewayUrl}, logs ${logDir}`);
};
