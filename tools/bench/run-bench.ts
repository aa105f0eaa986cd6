import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { TestTokenIssuer, type TestTokenClaims } from '@civic/testing';
import { ROOT_DIR } from '../stack/stack';
import { startBenchStack, type BenchStack } from './bench-stack';
import { bulkLoadBallots, type BenchQuestion } from './bulk-ballots';
import { waitForEventBacklog } from '../stack/event-backlog';
import { graphql } from './http-load';
import { LatencyRecorder, round, type LatencySummary } from './latency';
import type { CpuTarget } from './cpu-sampler';
import { MemorySampler, type PeakMemory } from './memory-sampler';
import { recountQuestionnaire, type RecountOutcome } from './recount';
import { figure, writeReport, type Figure } from './report';
import { benchResidents, insertEligibility, votingCounties } from './residents';
import { ballotAnswers, SurgeRun, slicesOf, startBaselineServer, type SurgeResult } from './surge';
import {
  ADD_QUESTION,
  CAST_BALLOT,
  castBallotVariables,
  LIVE_RESULTS,
  OPEN_QUESTIONNAIRE,
  QUESTION_RESULT,
  questionnaireOf,
  VERIFY_RECEIPT,
  type CastBallotData,
  type VerifyReceiptData,
} from './voting-api';

export type { SurgeResult } from './surge';

export interface BenchOptions {
  quick: boolean;
  residents: number;
  questions: number;
  concurrency: number;
  /** The surge alternates baseline and gateway slices of this many residents' ballots each time. */
  surgeSlices: number;
  /** Ballots each path takes from further residents before the measured ones (JIT, pools). */
  warmUpBallots: number;
  /** Stored ballots at which results are read (ascending). */
  readSizes: number[];
  /** Sequential results requests per size (after a short warm-up). */
  readRequests: number;
  recountAt: number;
  /** Receipts checked one by one through the gateway. */
  receiptSample: number;
  /** PostgreSQL with fsync and synchronous commit on (what production runs). */
  durable: boolean;
  keepData: boolean;
  years: { surge: number; baseline: number; reads: number };
  log: (message: string) => void;
  /** Aborting it ends the run early; everything started is stopped. */
  signal?: AbortSignal;
}

export const FULL_SETTINGS = {
  quick: false,
  residents: 100_000,
  questions: 50,
  concurrency: 64,
  surgeSlices: 4,
  warmUpBallots: 2_000,
  readSizes: [10_000, 100_000, 1_000_000],
  readRequests: 1_000,
  recountAt: 1_000_000,
  receiptSample: 50,
} as const;

export const QUICK_SETTINGS = {
  quick: true,
  residents: 2_000,
  questions: 5,
  concurrency: 16,
  surgeSlices: 2,
  warmUpBallots: 200,
  readSizes: [1_000, 5_000],
  readRequests: 200,
  recountAt: 5_000,
  receiptSample: 50,
} as const;

export interface ReadResult {
  /** One question's result (statewide, counties, districts), or every question's at once. */
  scope: 'question' | 'questionnaire';
  ballots: number;
  latency: LatencySummary;
  failed: number;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  settings: Omit<BenchOptions, 'log'>;
  machine: { cpus: number; cpuModel: string; node: string; loadAverageAtStart: number[] };
  setup: Record<string, number>;
  surge: { baseline: SurgeResult | null; gateway: SurgeResult | null };
  receipts: { sampled: number; counted: number; via: string } | null;
  memory: Record<string, PeakMemory>;
  reads: ReadResult[];
  recount: (RecountOutcome & { ballotsStored: number }) | null;
  figures: Figure[];
  /** What could not be measured, and why (e.g. an operation voting does not have yet). */
  missing: string[];
  reportFile?: string;
}

const SERVICE_LIMIT_MIB = 400;
/** Tokens are signed before the run and must outlive it (the full run takes about ten minutes). */
const TOKEN_LIFETIME_SECONDS = 3_600;
/** The probe ballot answers like this (out-of-range) resident index would. */
const PROBE_INDEX = 0x7fff_0000;

/**
 * The benchmark of issue 5, item 8: a Spring Hearing surge through the gateway beside a
 * plain Node + pg baseline, results-read latency as stored ballots grow, and a recount.
 * Starts its own stack (and stops everything it started, by pid, whatever happens).
 */
export async function runBench(overrides: Partial<BenchOptions> = {}): Promise<BenchReport> {
  const base = overrides.quick ? QUICK_SETTINGS : FULL_SETTINGS;
  const options: BenchOptions = {
    ...base,
    readSizes: [...base.readSizes],
    durable: true,
    keepData: false,
    years: { surge: 2090, baseline: 2091, reads: 2092 },
    log: () => undefined,
    ...overrides,
  };
  const { log } = options;
  const startedAt = new Date();
  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    settings: { ...options, log: undefined, signal: undefined } as unknown as Omit<BenchOptions, 'log'>,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', node: process.version, loadAverageAtStart: os.loadavg().map((n) => round(n)) },
    setup: {},
    surge: { baseline: null, gateway: null },
    receipts: null,
    memory: {},
    reads: [],
    recount: null,
    figures: [],
    missing: [],
  };
  const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
    if (options.signal?.aborted && name !== 'stackStopSeconds') throw new Error('the bench was interrupted');
    const started = performance.now();
    try {
      return await step();
    } finally {
      report.setup[name] = round((performance.now() - started) / 1000, 2);
      log(`${name}: ${report.setup[name]} s`);
    }
  };

  const issuer = await TestTokenIssuer.start({ issuer: 'civic-bench' });
  let bench: BenchStack | undefined;
  let pool: Pool | undefined;
  let sampler: MemorySampler | undefined;
  try {
    bench = await timed('stackStartSeconds', () =>
      startBenchStack(issuer, { keepData: options.keepData, durable: options.durable, log, signal: options.signal }),
    );
    const { description } = bench.stack;
    const gatewayUrl = description.gatewayUrl;
    // As the administrator: the bulk load ends with VACUUM and CHECKPOINT.
    pool = new Pool({ connectionString: description.adminDatabaseUrl, max: 8 });
    const staff = await signToken(issuer, { accountId: '5ae11000-0000-4000-8000-000000000001', roles: ['staff'], displayName: 'Bench Staff' });

    await timed('eventBacklogSeconds', () => waitForEventBacklog(description.databaseUrl, description.redisUrl, { log }));
    const counties = await votingCounties(pool);
    // The measured residents first, then those whose ballots warm each path up.
    const residents = benchResidents(counties, options.residents + options.warmUpBallots);
    log(`${residents.length} residents over ${counties.length} counties`);
    await timed('eligibilitySeconds', () => insertEligibility(pool!, residents));
    const tokens = await timed('tokenSigningSeconds', () =>
      Promise.all(residents.map((r) => signToken(issuer, { accountId: r.accountId, roles: ['resident'] }))),
    );

    const makeQuestionnaire = async (year: number) => {
      for (let n = 1; n <= options.questions; n++) {
        await graphql(
          gatewayUrl,
          ADD_QUESTION,
          { input: { year, source: 'AGENCY', text: `Bench question ${n} of ${year}?`, background: 'Benchmark.' } },
          staff,
        );
      }
      await graphql(gatewayUrl, OPEN_QUESTIONNAIRE, { year }, staff);
      return questionnaireOf(pool!, year);
    };
    const [surgeQ, baselineQ, readsQ] = await timed('questionnairesSeconds', async () => [
      await makeQuestionnaire(options.years.surge),
      await makeQuestionnaire(options.years.baseline),
      await makeQuestionnaire(options.years.reads),
    ]);

    sampler = new MemorySampler(description.pids).start();
    const postgres = postmasterCpuTarget(bench.dataDir);

    // The baseline program and the gateway path on the same database, each with its own
    // questionnaire, their slices of residents alternating (see SurgeRun).
    const probeCounty = counties[0]?.code ?? '55025';
    const probe = await probeCastBallot(gatewayUrl, issuer, options.years.surge, surgeQ.questions, pool, probeCounty);
    if (probe) report.missing.push(`castBallot through the gateway: ${probe}`);
    const baselineServer = await startBaselineServer(ROOT_DIR, issuer, description.databaseUrl, options.years.baseline);
    try {
      const baselineMemory = new MemorySampler({ baseline: baselineServer.pid }).start();
      const runs = {
        baseline: new SurgeRun(
          {
            url: baselineServer.url,
            questionnaire: { ...baselineQ, year: options.years.baseline },
            cpuTargets: { baseline: { pid: baselineServer.pid }, ...postgres },
          },
          residents,
          tokens,
          options.concurrency,
        ),
        gateway: probe
          ? undefined
          : new SurgeRun(
              {
                url: gatewayUrl,
                questionnaire: { ...surgeQ, year: options.years.surge },
                cpuTargets: { gateway: { pid: description.pids['gateway'] as number }, voting: { pid: description.pids['voting'] as number }, ...postgres },
              },
              residents,
              tokens,
              options.concurrency,
            ),
      };
      for (const [path, run] of Object.entries(runs)) {
        if (!run) continue;
        await run.runSlice(options.residents, options.warmUpBallots, { signal: options.signal, warmUp: true });
        log(`surge: ${path} warmed up with ${options.warmUpBallots} ballots`);
      }
      log(
        `surge: ${options.residents} ballots × ${options.questions} answers at ${options.concurrency} connections, baseline and gateway alternating in ${options.surgeSlices} slices…`,
      );
      for (const slice of slicesOf(options.residents, options.surgeSlices)) {
        for (const [path, run] of Object.entries(runs)) {
          if (!run) continue;
          collectOwnGarbage();
          const started = performance.now();
          await run.runSlice(slice.first, slice.count, { signal: options.signal });
          log(
            `surge: ${path} residents ${slice.first}–${slice.first + slice.count - 1}: ${round(slice.count / ((performance.now() - started) / 1000), 1)} ballots/s`,
          );
        }
      }
      Object.assign(report.memory, baselineMemory.stop());
      report.surge.baseline = await runs.baseline.result(pool);
      log(`baseline: ${report.surge.baseline.perSecond} ballots/s, p99 ${report.surge.baseline.latency.p99Ms} ms`);
      if (runs.gateway) {
        const result = await runs.gateway.result(pool, [{ index: PROBE_INDEX, countyCode: probeCounty }]);
        report.surge.gateway = result;
        log(`gateway: ${result.perSecond} ballots/s, p99 ${result.latency.p99Ms} ms`);
        report.receipts = await checkReceipts(gatewayUrl, options, tokens[0] as string, runs.gateway.returnedReceipts(), report);
      }
    } finally {
      await baselineServer.stop();
    }

    // Results read latency as the stored ballots grow.
    const target = { questionnaireId: readsQ.id, questions: readsQ.questions, countyCodes: counties.map((c) => c.code), salt: options.years.reads };
    let stored = 0;
    const readToken = tokens[0] as string;
    let resultsMissing: string | undefined;
    for (const size of options.readSizes) {
      await timed(`bulkLoadTo${size}Seconds`, () => bulkLoadBallots(pool!, target, stored, size));
      stored = size;
      if (resultsMissing) continue;
      const questionIds = readsQ.questions.map((question) => question.id);
      const reads = {
        // Round the questions, so no read is of the same question as the one before.
        question: (n: number) => ({ query: QUESTION_RESULT, variables: { questionId: questionIds[n % questionIds.length] } }),
        questionnaire: () => ({ query: LIVE_RESULTS, variables: { year: options.years.reads } }),
      } as const;
      for (const scope of ['question', 'questionnaire'] as const) {
        const read = await readResults(gatewayUrl, reads[scope], options.readRequests, readToken, options.questions);
        if ('missing' in read) {
          resultsMissing = read.missing;
          report.missing.push(`live results (${scope}) through the gateway: ${read.missing}`);
          break;
        }
        report.reads.push({ scope, ballots: size, ...read });
        log(`results (${scope}) at ${size.toLocaleString('en-US')} ballots: p50 ${read.latency.p50Ms} ms, p99 ${read.latency.p99Ms} ms`);
      }
    }
    report.memory = { ...report.memory, ...sampler.stop() };
    sampler = undefined;

    // Recount from the stored ballots.
    if (options.recountAt > stored) {
      await timed(`bulkLoadTo${options.recountAt}Seconds`, () => bulkLoadBallots(pool!, target, stored, options.recountAt));
      stored = options.recountAt;
    }
    try {
      const recount = await recountQuestionnaire(description.databaseUrl, options.years.reads);
      report.recount = { ...recount, seconds: round(recount.seconds, 2), ballotsStored: stored };
      log(`recount of ${recount.ballots} ballots: ${report.recount.seconds} s, equal: ${recount.equal} (${recount.via})`);
    } catch (error) {
      report.missing.push(`recount: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    if (sampler) report.memory = { ...report.memory, ...sampler.stop() };
    await pool?.end().catch(() => undefined);
    if (bench) await timed('stackStopSeconds', () => bench!.stop());
    await issuer.stop();
  }
  report.finishedAt = new Date().toISOString();
  report.figures = figuresOf(report, options);
  report.reportFile = writeReport(ROOT_DIR, report, startedAt);
  return report;
}

/** The embedded PostgreSQL's postmaster (its backends are its children); none for an external server. */
function postmasterCpuTarget(dataDir: string): Record<string, CpuTarget> {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? { postgres: { pid, withChildren: true } } : {};
  } catch {
    return {};
  }
}

/**
 * Collects the load generator's own garbage before a measured phase (when node runs with
 * --expose-gc, as `npm run bench` does): a collection of the bench's heap — a hundred
 * thousand tokens, a bulk load's leftovers — would otherwise land inside the measured
 * latencies, which are the services'.
 */
function collectOwnGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** A token for the whole run (resident tokens carry the name 'Bench Resident'). */
function signToken(issuer: TestTokenIssuer, claims: TestTokenClaims): Promise<string> {
  return issuer.sign({ displayName: 'Bench Resident', ...claims, expiresInSeconds: TOKEN_LIFETIME_SECONDS });
}

/**
 * One castBallot by an extra resident before the surge (a warm-up that also tells whether
 * voting has the mutation); returns why it failed, or undefined.
 */
async function probeCastBallot(
  gatewayUrl: string,
  issuer: TestTokenIssuer,
  year: number,
  questions: BenchQuestion[],
  pool: Pool,
  countyCode: string,
): Promise<string | undefined> {
  const accountId = '9b0be000-0000-4000-8000-000000000001';
  await insertEligibility(pool, [{ accountId, countyCode }]);
  try {
    await graphql<CastBallotData>(
      gatewayUrl,
      CAST_BALLOT,
      castBallotVariables(year, ballotAnswers(PROBE_INDEX, questions)),
      await signToken(issuer, { accountId, roles: ['resident'] }),
    );
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.slice(0, 400) : String(error);
  }
}

async function readResults(
  gatewayUrl: string,
  operation: (n: number) => { query: string; variables: Record<string, unknown> },
  requests: number,
  token: string,
  /** Warm-up reads: at least one of each question, so no measured read is a question's first. */
  warmUp: number,
): Promise<{ latency: LatencySummary; failed: number } | { missing: string }> {
  let sent = 0;
  const send = async () => {
    const body = JSON.stringify(operation(sent++));
    const started = performance.now();
    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const parsed = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    return { ms: performance.now() - started, ok: response.ok && !parsed.errors?.length && Boolean(parsed.data), errors: parsed.errors };
  };
  const first = await send();
  if (!first.ok) return { missing: JSON.stringify(first.errors ?? 'no data').slice(0, 400) };
  for (let n = 0; n < Math.max(20, warmUp); n++) await send();
  collectOwnGarbage();
  const latencies = new LatencyRecorder(requests);
  let failed = 0;
  for (let n = 0; n < requests; n++) {
    const { ms, ok } = await send();
    latencies.record(ms);
    if (!ok) failed++;
  }
  return { latency: latencies.summary(), failed };
}

async function checkReceipts(
  gatewayUrl: string,
  options: BenchOptions,
  token: string,
  receipts: readonly string[],
  report: BenchReport,
): Promise<BenchReport['receipts']> {
  const step = Math.max(1, Math.floor(receipts.length / options.receiptSample));
  const sample = receipts.filter((_, index) => index % step === 0).slice(0, options.receiptSample);
  let counted = 0;
  for (const receipt of sample) {
    try {
      const data = await graphql<VerifyReceiptData>(gatewayUrl, VERIFY_RECEIPT, { year: options.years.surge, receipt }, token);
      if (data.verifyReceipt?.counted) counted++;
    } catch (error) {
      report.missing.push(`verifyReceipt through the gateway: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
      return { sampled: 0, counted: 0, via: 'none (SQL check only: see surge.gateway.receiptsStored)' };
    }
  }
  return { sampled: sample.length, counted, via: 'verifyReceipt through the gateway' };
}

function figuresOf(report: BenchReport, options: BenchOptions): Figure[] {
  const { baseline, gateway } = report.surge;
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? round(a / b, 2) : null);
  const figures: Figure[] = [];
  const n = options.residents.toLocaleString('en-US');
  figures.push(
    figure('surge.baseline.ballotsPerSecond', `baseline (Node + pg) ballots/s, ${n} ballots`, baseline?.perSecond ?? null, '/s'),
    figure('surge.baseline.p99Ms', 'baseline p99 latency', baseline?.latency.p99Ms ?? null, 'ms'),
    figure(
      'surge.gateway.ballotsPerSecond',
      `gateway ballots/s, ${n} ballots × ${options.questions}`,
      gateway?.perSecond ?? null,
      '/s',
      '≥ 0.5× baseline',
      gateway && baseline ? gateway.perSecond >= 0.5 * baseline.perSecond : null,
      ratio(gateway?.perSecond, baseline?.perSecond),
    ),
    figure(
      'surge.gateway.p50Ms',
      'gateway p50 latency',
      gateway?.latency.p50Ms ?? null,
      'ms',
      '',
      null,
      ratio(gateway?.latency.p50Ms, baseline?.latency.p50Ms),
    ),
    figure(
      'surge.gateway.p99Ms',
      'gateway p99 latency',
      gateway?.latency.p99Ms ?? null,
      'ms',
      '< 250 ms',
      gateway ? gateway.latency.p99Ms < 250 : null,
      ratio(gateway?.latency.p99Ms, baseline?.latency.p99Ms),
    ),
    figure(
      'surge.gateway.failed',
      'gateway ballots refused or failed (warm-up included)',
      gateway ? gateway.failed + gateway.warmUp.failed : null,
      '',
      '0',
      gateway ? gateway.failed + gateway.warmUp.failed === 0 : null,
    ),
    figure(
      'surge.gateway.receiptsStored',
      'returned receipts stored as ballots',
      gateway ? gateway.receiptsStored === gateway.receiptsReturned : null,
      '',
      'all',
      gateway ? gateway.receiptsStored === gateway.receiptsReturned : null,
    ),
    figure(
      'surge.gateway.tallyMatches',
      'live tally = accepted ballots',
      gateway?.tallyMatchesAccepted ?? null,
      '',
      'equal',
      gateway?.tallyMatchesAccepted ?? null,
    ),
  );
  // Where the two cores went, per accepted ballot: explains the throughput ratio.
  const cpuTotal = (result: SurgeResult | null) =>
    result
      ? round(
          Object.values(result.cpuMsPerBallot).reduce((a, b) => a + b, 0),
          2,
        )
      : undefined;
  for (const [path, result] of [
    ['baseline', baseline],
    ['gateway', gateway],
  ] as const) {
    if (!result) continue;
    const total = cpuTotal(result) as number;
    figures.push(
      figure(
        `surge.${path}.cpuMsPerBallot`,
        `${path} path CPU per ballot (all processes)`,
        total,
        'ms',
        '',
        null,
        path === 'gateway' ? ratio(total, cpuTotal(baseline)) : null,
      ),
    );
    for (const [name, ms] of Object.entries(result.cpuMsPerBallot))
      figures.push(figure(`surge.${path}.cpuMsPerBallot.${name}`, `  of which ${name}`, ms, 'ms'));
  }
  if (report.receipts && report.receipts.sampled > 0) {
    figures.push(
      figure(
        'receipts.counted',
        `sampled receipts on the bulletin (of ${report.receipts.sampled})`,
        report.receipts.counted,
        '',
        'all',
        report.receipts.counted === report.receipts.sampled,
      ),
    );
  }
  for (const [name, memory] of Object.entries(report.memory)) {
    const limited = name !== 'baseline';
    figures.push(
      figure(
        `memory.${name}.peakMiB`,
        `peak RSS ${name}`,
        memory.peakMiB,
        'MiB',
        limited ? `< ${SERVICE_LIMIT_MIB} MiB` : '',
        limited && memory.peakMiB !== null ? memory.peakMiB < SERVICE_LIMIT_MIB : null,
      ),
    );
  }
  const questionReads = report.reads.filter((r) => r.scope === 'question');
  const smallest = questionReads[0];
  options.readSizes.forEach((size, index) => {
    const read = questionReads.find((r) => r.ballots === size);
    const last = index === options.readSizes.length - 1;
    const label = `one question's results p99 at ${size.toLocaleString('en-US')} ballots`;
    if (last) {
      const ok = read && smallest ? read.latency.p99Ms < 20 && read.latency.p99Ms <= 1.5 * smallest.latency.p99Ms : null;
      figures.push(
        figure(
          `reads.${size}.p99Ms`,
          label,
          read?.latency.p99Ms ?? null,
          'ms',
          `< 20 ms, ≤ 1.5× at ${options.readSizes[0]?.toLocaleString('en-US')}`,
          ok,
          null,
        ),
      );
    } else {
      figures.push(figure(`reads.${size}.p99Ms`, label, read?.latency.p99Ms ?? null, 'ms'));
    }
    figures.push(figure(`reads.${size}.p50Ms`, `one question's results p50 at ${size.toLocaleString('en-US')} ballots`, read?.latency.p50Ms ?? null, 'ms'));
  });
  // Every question × every county in one response: the size of the answer, not the number
  // of ballots, sets its cost (no target; the CSV/JSON open data serve bulk readers).
  for (const size of options.readSizes) {
    const read = report.reads.find((r) => r.scope === 'questionnaire' && r.ballots === size);
    const what = `all ${options.questions} questions' results`;
    figures.push(figure(`readsAll.${size}.p99Ms`, `${what} p99 at ${size.toLocaleString('en-US')} ballots`, read?.latency.p99Ms ?? null, 'ms'));
    figures.push(figure(`readsAll.${size}.p50Ms`, `${what} p50 at ${size.toLocaleString('en-US')} ballots`, read?.latency.p50Ms ?? null, 'ms'));
  }
  const recount = report.recount;
  figures.push(
    figure(
      'recount.seconds',
      `recount of ${options.recountAt.toLocaleString('en-US')} ballots`,
      recount?.seconds ?? null,
      's',
      '< 20 s',
      recount ? recount.seconds < 20 : null,
    ),
    figure(
      'recount.equal',
      'recount equals live tally',
      recount ? recount.equal && recount.ballots === recount.ballotsStored : null,
      '',
      'equal',
      recount ? recount.equal && recount.ballots === recount.ballotsStored : null,
    ),
  );
  return figures;
}
