'use strict';
require('./support/register-ts');
const { readFileSync, rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const state = globalThis.__CIVIC_E2E__;
  if (!state) return;
  const { stopPid } = require('../tools/stack/processes.ts');
  // Tests may have restarted Redis (stopRedis/startRedis): stop whichever pid is current.
  const current = JSON.parse(readFileSync(state.stackFile, 'utf8'));
  await state.stack.stop();
  if (current.redis && current.redis.pid !== state.stack.description.redis?.pid) await stopPid(current.redis.pid);
  if (!process.env.CIVIC_KEEP_TEST_DATA) rmSync(state.dataDir, { recursive: true, force: true });
};
