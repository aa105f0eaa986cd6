// End-to-end tests: test/e2e/*.e2e-spec.ts through the gateway of a whole running stack
// (globalSetup starts it on free ports, globalTeardown stops it). One stack, so one worker.
const path = require('node:path');

module.exports = {
  ...require('../jest.preset'),
  rootDir: path.join(__dirname, '..'),
  displayName: 'e2e',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.e2e.js',
  globalTeardown: '<rootDir>/test/global-teardown.e2e.js',
  maxWorkers: 1,
  testTimeout: 60_000,
};
