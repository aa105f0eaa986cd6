import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Pool } from 'pg';
import type { TestTokenIssuer } from '@civic/testing';
import { stopPid } from '../stack/processes';
import { benchChoice } from './ballot-codec';
import type { BenchQuestion } from './bulk-ballots';
import { CpuSampler, type CpuTarget } from './cpu-sampler';
import { runLoad, type LoadResult } from './http-load';
import { LatencyRecorder, round } from './latency';
import type { BenchResident } from './residents';
import { CAST_BALLOT, castBallotVariables, liveTally, type CastBallotData } from './voting-api';

export interface SurgeResult extends LoadResult {
  /** Warm-up ballots sent before the measured ones (not in the figures above), and how many failed. */
  warmUp: { ballots: number; failed: number };
  /** Receipts returned, warm-up included. */
  receiptsReturned: number;
  /** How many of them are stored ballots of the questionnaire. */
  receiptsStored: number;
  /** The live tally equals the sum of the accepted ballots' answers. */
  tallyMatchesAccepted: boolean;
  /** CPU milliseconds per accepted ballot, per process (load generator, server(s), PostgreSQL). */
  cpuMsPerBallot: Record<string, number>;
}

export interface SurgeTarget {
  /** Where ballots are POSTed (the gateway's /graphql, or the baseline program). */
  url: string;
  questionnaire: { id: string; year: number; questions: BenchQuestion[] };
  /** Processes whose CPU time is reported (the load generator, this process, is always one). */
  cpuTargets: Record<string, CpuTarget>;
}

export function ballotAnswers(index: number, questions: readonly BenchQuestion[]): Array<{ questionId: string; choice: string }> {
  return questions.map((q) => ({ questionId: q.id, choice: q.choices[benchChoice(index, q.position, q.choices.length)] as string }));
}

/**
 * One path's share of the Spring Hearing surge (every resident casts one ballot), run in
 * slices of residents: the bench alternates the baseline's and the gateway's slices, so
 * both meet the same machine (other tenants, CPU boost, PostgreSQL's checkpoints and
 * growing indexes) instead of the path that runs second meeting a slower one. Latencies,
 * counts, run time and CPU time add up over the slices; the result is checked once at the end.
 */
export class SurgeRun {
  private readonly receipts: Array<string | undefined>;
  private readonly latencies: LatencyRecorder;
  private readonly cpuSeconds = new Map<string, number>();
  private readonly sampleFailures: string[] = [];
  private seconds = 0;
  private succeeded = 0;
  private failed = 0;
  private sent = 0;
  private readonly warmUp = { ballots: 0, failed: 0 };

  constructor(
    private readonly target: SurgeTarget,
    private readonly residents: readonly BenchResident[],
    private readonly tokens: readonly string[],
    private readonly concurrency: number,
  ) {
    this.receipts = new Array(residents.length);
    this.latencies = new LatencyRecorder(residents.length);
  }

  /**
   * Ballots of residents [first, first + count). A warm-up slice (JIT compilation, connection
   * pools) is checked like the others but left out of the figures; its failures still count.
   */
  async runSlice(first: number, count: number, { signal, warmUp = false }: { signal?: AbortSignal | undefined; warmUp?: boolean } = {}): Promise<void> {
    const { questionnaire } = this.target;
    const cpu = new CpuSampler({ 'load generator': { pid: process.pid }, ...this.target.cpuTargets }).start();
    const result = await runLoad({
      url: this.target.url,
      first,
      total: count,
      concurrency: this.concurrency,
      ...(warmUp ? {} : { latencies: this.latencies }),
      ...(signal ? { signal } : {}),
      request: (index) => ({
        body: JSON.stringify({ query: CAST_BALLOT, variables: castBallotVariables(questionnaire.year, ballotAnswers(index, questionnaire.questions)) }),
        headers: { authorization: `Bearer ${this.tokens[index]}` },
      }),
      onResponse: (index, _status, body) => {
        const parsed = JSON.parse(body) as { data?: CastBallotData | null; errors?: unknown[] };
        const receipt = parsed.data?.castBallot?.receipt;
        if (!receipt || parsed.errors?.length) return false;
        this.receipts[index] = receipt;
        return true;
      },
    });
    const cpuSeconds = cpu.stop();
    this.sampleFailures.push(...result.sampleFailures.slice(0, 5 - this.sampleFailures.length));
    if (warmUp) {
      this.warmUp.ballots += count;
      this.warmUp.failed += result.failed;
      return;
    }
    for (const [name, seconds] of Object.entries(cpuSeconds)) this.cpuSeconds.set(name, (this.cpuSeconds.get(name) ?? 0) + seconds);
    this.sent += count;
    this.seconds += result.seconds;
    this.succeeded += result.succeeded;
    this.failed += result.failed;
  }

  /** The receipts returned, in resident order. */
  returnedReceipts(): string[] {
    return this.receipts.filter((r): r is string => r !== undefined);
  }

  /**
   * The figures over the measured slices, with the checks over every slice: each returned
   * receipt is a stored ballot, and the live tally equals the accepted ballots plus `earlier`
   * ones (the probe).
   */
  async result(pool: Pool, earlier: ReadonlyArray<{ index: number; countyCode: string }> = []): Promise<SurgeResult> {
    const { questionnaire } = this.target;
    const returned = this.returnedReceipts();
    const stored = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM "voting"."ballot" WHERE "questionnaire_id" = $1 AND "receipt" = ANY($2::text[])`,
      [questionnaire.id, returned],
    );
    const expected = new Map<string, number>();
    const count = (index: number, county: string) => {
      for (const answer of ballotAnswers(index, questionnaire.questions)) {
        const key = `${answer.questionId}\u0000${county}\u0000${answer.choice}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    };
    this.receipts.forEach((receipt, index) => {
      if (receipt) count(index, (this.residents[index] as BenchResident).countyCode);
    });
    for (const ballot of earlier) count(ballot.index, ballot.countyCode);
    const live = await liveTally(pool, questionnaire.id);
    const tallyMatchesAccepted = live.size === expected.size && [...expected].every(([key, n]) => live.get(key) === n);
    const perBallot = (seconds: number) => round((seconds * 1000) / Math.max(1, this.succeeded), 2);
    return {
      total: this.sent,
      succeeded: this.succeeded,
      failed: this.failed,
      seconds: round(this.seconds, 3),
      perSecond: round(this.succeeded / this.seconds, 1),
      latency: this.latencies.summary(),
      sampleFailures: this.sampleFailures,
      warmUp: { ...this.warmUp },
      receiptsReturned: returned.length,
      receiptsStored: Number(stored.rows[0]?.n ?? 0),
      tallyMatchesAccepted,
      cpuMsPerBallot: Object.fromEntries([...this.cpuSeconds].map(([name, seconds]) => [name, perBallot(seconds)])),
    };
  }
}

/** Residents [0, total) in `slices` consecutive ranges of (nearly) equal size. */
export function slicesOf(total: number, slices: number): Array<{ first: number; count: number }> {
  const n = Math.max(1, Math.min(slices, total));
  return Array.from({ length: n }, (_, i) => {
    const first = Math.floor((i * total) / n);
    return { first, count: Math.floor(((i + 1) * total) / n) - first };
  }).filter((slice) => slice.count > 0);
}

export interface BaselineServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts tools/bench/baseline-server.ts as its own process, like a service, on a free port. */
export async function startBaselineServer(rootDir: string, issuer: TestTokenIssuer, databaseUrl: string, year: number): Promise<BaselineServer> {
  const child = spawn(process.execPath, [path.join(rootDir, 'tools', 'run-ts.js'), 'tools/bench/baseline-server.ts'], {
    cwd: rootDir,
    env: { ...process.env, ...issuer.authEnv(), DATABASE_URL: databaseUrl, BENCH_YEAR: String(year), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.pid !== undefined) await stopPid(child.pid);
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        const match = /^READY (\d+)$/.exec(line);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`the baseline program exited (${code}) before it was ready`)));
    });
    return { url: `http://127.0.0.1:${port}/`, pid: child.pid as number, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
