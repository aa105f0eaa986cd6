import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStack, type RunningStack } from '../stack/stack';
import type { TestTokenIssuer } from '@civic/testing';

export interface BenchStack {
  stack: RunningStack;
  dataDir: string;
  /** Stops every app (by pid), PostgreSQL and Redis, then removes the data unless kept. */
  stop(): Promise<void>;
}

/**
 * The whole platform as production runs it (NODE_ENV=production, demo seeded), on free
 * ports in a fresh temp dir, trusting the bench's token issuer instead of identity's keys.
 * App output goes to <dataDir>/logs so the bench's own output stays readable.
 */
export async function startBenchStack(
  issuer: TestTokenIssuer,
  {
    keepData = false,
    log = () => undefined,
    durable = true,
    signal,
  }: { keepData?: boolean; log?: (message: string) => void; durable?: boolean; signal?: AbortSignal | undefined } = {},
): Promise<BenchStack> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'civic-bench-'));
  chmodSync(dataDir, 0o755);
  let stack: RunningStack;
  try {
    stack = await startStack({
      dataDir,
      logDir: path.join(dataDir, 'logs'),
      fast: !durable,
      nodeEnv: 'production',
      logLevel: 'warn',
      seed: true,
      env: issuer.authEnv(),
      readyTimeoutMs: 120_000,
      ...(signal ? { signal } : {}),
      log: (message) => log(`stack: ${message}`),
      onAppExit: (app, description) => log(`stack: ${app} stopped unexpectedly (${description}); log in ${path.join(dataDir, 'logs', `${app}.log`)}`),
    });
  } catch (error) {
    // Kept: its logs say why, and Redis's log stream may still be closing.
    log(`stack: did not start; data and logs kept in ${dataDir}`);
    throw error;
  }
  return {
    stack,
    dataDir,
    stop: async () => {
      await stack.stop();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
