// Lint rules for the whole workspace. The module-boundary constraints below are the
// architecture: change them only with docs/architecture.md.
import nx from '@nx/eslint-plugin';
import { createRequire } from 'node:module';
import eslintConfigPrettier from 'eslint-config-prettier/flat';
import tseslint from 'typescript-eslint';

const require = createRequire(import.meta.url);
// House rules of this workspace (tools/lint/rules), tested in tools/lint.
const civic = { rules: { 'area-imports': require('./tools/lint/rules/area-imports.cjs') } };

const serviceScopes = ['identity', 'assemblies', 'resolutions', 'voting'];

// Domain code is plain TypeScript: no framework, no persistence, no queue.
const infrastructurePackages = ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', '@apollo/*', 'graphql', 'express'];

export default [
  { ignores: ['**/node_modules', '**/dist', '.data', 'tmp', 'coverage', '.nx', '**/__fixtures__/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { civic },
    rules: {
      'civic/area-imports': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: true,
          depConstraints: [
            // Layers (type:*)
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:jobs',
                'type:testing',
                'type:data-access',
                'type:platform',
                'type:domain',
                'type:util',
                'type:contracts',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:testing', 'type:data-access', 'type:platform', 'type:domain', 'type:util', 'type:contracts'],
            },
            {
              // Background jobs of one service, hosted by the worker app.
              sourceTag: 'type:jobs',
              onlyDependOnLibsWithTags: ['type:testing', 'type:data-access', 'type:platform', 'type:domain', 'type:util', 'type:contracts'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:testing', 'type:data-access', 'type:platform', 'type:domain', 'type:util', 'type:contracts'],
            },
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:util', 'type:contracts'],
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:contracts'],
              bannedExternalImports: infrastructurePackages,
            },
            {
              sourceTag: 'type:util',
              onlyDependOnLibsWithTags: ['type:util', 'type:contracts'],
              bannedExternalImports: infrastructurePackages,
            },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:contracts'],
              bannedExternalImports: infrastructurePackages,
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:platform', 'type:data-access', 'type:util', 'type:contracts', 'type:testing'],
            },
            // Services (scope:*): a service sees only itself and what is shared.
            ...serviceScopes.map((scope) => ({
              sourceTag: `scope:${scope}`,
              onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'],
            })),
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            // The worker hosts each service's job libraries, and nothing else of theirs.
            { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:shared', 'type:jobs'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // Test helpers are for tests only (the boundary rule cannot tell a spec from code).
      'no-restricted-imports': ['error', { paths: [{ name: '@civic/testing', message: 'Only tests may import @civic/testing.' }] }],
    },
  },
  {
    // Scripts, tests and benchmarks talk to a terminal.
    files: ['tools/**/*.ts', 'test/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/bench/**/*.ts', '**/src/testing/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off', 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Last: formatting is prettier's job (npm run format:check), so no lint rule argues with it.
  eslintConfigPrettier,
];
