// Integration tests: `*.int-spec.ts` beside the code, against a real PostgreSQL and Redis
// that globalSetup starts on free ports (and globalTeardown stops). Files share one
// database, so they run one at a time.
module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.integration.js',
  globalTeardown: '<rootDir>/test/global-teardown.integration.js',
  setupFiles: ['<rootDir>/test/fresh-graphql-metadata.js'],
  maxWorkers: 1,
  testTimeout: 30_000,
};
