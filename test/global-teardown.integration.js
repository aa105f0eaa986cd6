'use strict';
const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const state = globalThis.__CIVIC_INTEGRATION__;
  if (!state) return;
  await state.infrastructure.stop();
  if (!process.env.CIVIC_KEEP_TEST_DATA) rmSync(state.dataDir, { recursive: true, force: true });
};
