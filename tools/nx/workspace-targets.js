// @ts-check
'use strict';
/*
 * Gives every project the same targets, so that one project's checks run on their own:
 *   npx nx test <project>              its unit tests (*.spec.ts)
 *   npx nx test-integration <project>  its integration tests (*.int-spec.ts; real Postgres and Redis)
 *   npx nx lint <project>              ESLint on its files, warnings are errors
 * They run the workspace's own Jest and ESLint configs on the project's folder, the same
 * configs `npm test` runs on everything.
 */
const path = require('node:path');

const runInWorkspace = (command) => ({
  executor: 'nx:run-commands',
  options: { command, cwd: '{workspaceRoot}' },
  cache: false,
});

/** @type {import('@nx/devkit').CreateNodesV2} */
const createNodesV2 = [
  '{apps,libs}/**/project.json',
  async (projectFiles) =>
    projectFiles.map((file) => {
      const root = path.dirname(file);
      return [
        file,
        {
          projects: {
            [root]: {
              targets: {
                test: runInWorkspace(`jest -c jest.unit.config.js --passWithNoTests ${root}/`),
                'test-integration': runInWorkspace(`jest -c jest.integration.config.js --passWithNoTests ${root}/`),
                lint: runInWorkspace(`eslint --max-warnings 0 ${root}`),
              },
            },
          },
        },
      ];
    }),
];

module.exports = { createNodesV2 };
