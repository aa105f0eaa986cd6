#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure: format, lint,
// type check, schema drift, then the unit, integration and end-to-end Jest tiers. Ends with one
// line summing the Jest results, and exits non-zero if anything failed.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, rmSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const resultsDir = path.join(root, 'tmp', 'test-results');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const jestBin = require.resolve('jest/bin/jest');

const steps = [
  { name: 'format', command: npm, args: ['run', '--silent', 'format:check'] },
  { name: 'lint', command: npm, args: ['run', '--silent', 'lint'] },
  { name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck'] },
  { name: 'schema drift', command: npm, args: ['run', '--silent', 'schema:check'] },
  { name: 'unit', jest: 'jest.unit.config.js' },
  { name: 'integration', jest: 'jest.integration.config.js' },
  { name: 'e2e', jest: 'test/jest.e2e.config.js' },
];

const totals = { passed: 0, failed: 0 };
const timings = [];
let failedStep;

mkdirSync(resultsDir, { recursive: true });
for (const step of steps) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  let status;
  if (step.jest) {
    const outputFile = path.join(resultsDir, `${step.name}.json`);
    rmSync(outputFile, { force: true });
    status = run(process.execPath, [jestBin, '-c', step.jest, '--ci', '--json', '--outputFile', outputFile]);
    const result = readJestResult(outputFile);
    if (result) {
      totals.passed += result.numPassedTests;
      totals.failed += result.numFailedTests;
      // A suite that fails to load has no failed tests, but it is a failure.
      if (result.numFailedTestSuites > 0 && result.numFailedTests === 0) totals.failed += result.numFailedTestSuites;
    } else if (status !== 0) {
      totals.failed += 1;
    }
  } else {
    status = run(step.command, step.args);
  }
  timings.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) {
    failedStep = step.name;
    break;
  }
}

console.log(`\n${timings.join(' · ')}`);
if (failedStep) console.log(`✗ ${failedStep} failed; later steps did not run.`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStep || totals.failed > 0 ? 1 : 0);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
  if (result.error) {
    console.error(result.error.message);
    return 1;
  }
  return result.status ?? 1;
}

function readJestResult(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
