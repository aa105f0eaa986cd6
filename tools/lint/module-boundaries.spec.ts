import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The module-boundary rules are architecture, so they are tested like code: a probe file
 * is linted in place, inside a real project, and the rule must (or must not) fire.
 */
const root = path.resolve(__dirname, '../..');
const BOUNDARY_RULE = '@nx/enforce-module-boundaries';

function boundaryErrors(projectDir: string, source: string, rule = BOUNDARY_RULE, folder = 'src'): string[] {
  const file = path.join(root, projectDir, folder, `boundary-probe-${process.pid}.ts`);
  writeFileSync(file, source);
  try {
    // ESLint runs as its own process: its flat config is an ES module Jest cannot load.
    const run = spawnSync(path.join(root, 'node_modules/.bin/eslint'), ['--format', 'json', file], { cwd: root, encoding: 'utf8' });
    const results = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
    return (results[0]?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
  } finally {
    rmSync(file, { force: true });
  }
}

describe('module boundaries', () => {
  beforeAll(() => {
    // The Nx ESLint rule reads the cached project graph; without it the rule is skipped.
    execFileSync(path.join(root, 'node_modules/.bin/nx'), ['show', 'projects'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false' },
      stdio: 'ignore',
    });
  }, 60_000);

  it("refuses a service importing another service's data-access library", () => {
    const errors = boundaryErrors(
      'libs/voting/feature',
      "import { identityDataSourceOptions } from '@civic/identity-data-access';\nexport const probe = identityDataSourceOptions;\n",
    );
    expect(errors.join('\n')).toMatch(/scope:voting/);
  }, 60_000);

  it('refuses domain code importing Nest or TypeORM', () => {
    const errors = boundaryErrors(
      'libs/assemblies/domain',
      "import { Injectable } from '@nestjs/common';\nimport { DataSource } from 'typeorm';\nexport const probe = [Injectable, DataSource];\n",
    );
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  }, 60_000);

  it("allows a feature to use its own service's data-access and the shared libraries", () => {
    const errors = boundaryErrors(
      'libs/assemblies/feature',
      "import { JurisdictionRepository } from '@civic/assemblies-data-access';\nimport { DomainError } from '@civic/util';\nexport const probe = [JurisdictionRepository, DomainError];\n",
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it("runs civic/area-imports: an area may not reach into another area's files", () => {
    const errors = boundaryErrors(
      'libs/shared/data-access',
      "import { qualifiedTable } from '../database/qualified-table';\nexport const probe = qualifiedTable;\n",
      'civic/area-imports',
      'src/lib/events',
    );
    expect(errors.join('\n')).toMatch(/through its index \('\.\.\/database'\)/);
  }, 60_000);

  it('lets an area import another through its index.ts', () => {
    const errors = boundaryErrors(
      'libs/shared/data-access',
      "import { qualifiedTable } from '../database';\nexport const probe = qualifiedTable;\n",
      'civic/area-imports',
      'src/lib/events',
    );
    expect(errors).toEqual([]);
  }, 60_000);
});
