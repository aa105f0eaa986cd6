import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { LatencyRecorder, round, type LatencySummary } from './latency';

export interface LoadRequest {
  body: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  /** http://host:port/path of the endpoint every request is POSTed to. */
  url: string;
  /** Index of the first request (default 0): requests first … first + total - 1 are sent. */
  first?: number;
  total: number;
  /** Concurrent requests, each on its own kept-alive connection. */
  concurrency: number;
  request(index: number): LoadRequest;
  /** Sees every answer; returns false to count it as failed (e.g. GraphQL errors in a 200). */
  onResponse?(index: number, status: number, body: string): boolean;
  requestTimeoutMs?: number;
  /** Stops issuing requests (those in flight finish). */
  signal?: AbortSignal;
  /** Record latencies here too (a run made of several loads); the result summarises this load's own. */
  latencies?: LatencyRecorder;
}

export interface LoadResult {
  total: number;
  succeeded: number;
  failed: number;
  seconds: number;
  perSecond: number;
  latency: LatencySummary;
  /** Up to five failures, to explain a failed count. */
  sampleFailures: string[];
}

/**
 * A closed-loop load generator: `concurrency` workers each send the next request as soon as
 * their previous one is answered, over a keep-alive agent with exactly that many sockets (the
 * "64 concurrent connections"). Latency is measured per request from write to the last byte.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency });
  const latencies = new LatencyRecorder(options.total);
  const sampleFailures: string[] = [];
  const first = options.first ?? 0;
  const end = first + options.total;
  let next = first;
  let succeeded = 0;
  let failed = 0;
  const fail = (message: string) => {
    failed++;
    if (sampleFailures.length < 5) sampleFailures.push(message);
  };

  const record = (ms: number) => {
    latencies.record(ms);
    options.latencies?.record(ms);
  };
  const started = performance.now();
  const worker = async () => {
    for (let index = next++; index < end && !options.signal?.aborted; index = next++) {
      const request = options.request(index);
      const sent = performance.now();
      try {
        const { status, body } = await post(agent, target, request, options.requestTimeoutMs ?? 30_000);
        record(performance.now() - sent);
        if (status === 200 && (options.onResponse?.(index, status, body) ?? true)) succeeded++;
        else fail(`#${index}: HTTP ${status} ${body.slice(0, 300)}`);
      } catch (error) {
        record(performance.now() - sent);
        fail(`#${index}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, options.total) }, worker));
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    total: options.total,
    succeeded,
    failed,
    seconds: round(seconds, 3),
    perSecond: round(succeeded / seconds, 1),
    latency: latencies.summary(),
    sampleFailures,
  };
}

function post(agent: http.Agent, url: URL, request: LoadRequest, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(request.body),
          ...request.headers,
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(request.body);
  });
}

/** One GraphQL POST outside a measured load (set-up steps); throws on HTTP or GraphQL errors. */
export async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let parsed: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new Error(`HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (parsed.errors?.length || !parsed.data) {
    throw new Error(`GraphQL errors (HTTP ${response.status}): ${JSON.stringify(parsed.errors ?? parsed).slice(0, 800)}`);
  }
  return parsed.data;
}
