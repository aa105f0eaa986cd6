/**
 * What end-to-end tests need from the running stack that test/global-setup.e2e.js started:
 * where it is, a GraphQL client for the gateway, sign-in, and control over Redis.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { accountTokenIn, waitForMail as waitForMailIn, type CaughtMail } from '@civic/testing';
import { stopPid } from '../../tools/stack/processes';
import { startRedisServer } from '../../tools/stack/redis';
import type { StackDescription } from '../../tools/stack/stack';

export const STACK_FILE_ENV = 'CIVIC_E2E_STACK_FILE';

function stackFile(): string {
  const file = process.env[STACK_FILE_ENV];
  if (!file) throw new Error(`${STACK_FILE_ENV} is not set: run end-to-end tests with "npm run test:e2e" (jest -c test/jest.e2e.config.js)`);
  return file;
}

function readStack(): StackDescription {
  return JSON.parse(readFileSync(stackFile(), 'utf8')) as StackDescription;
}

/** The running stack: gateway and service URLs, database and Redis. */
export function stack(): Pick<StackDescription, 'gatewayUrl' | 'services' | 'databaseUrl' | 'redisUrl'> & StackDescription {
  return readStack();
}

export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  body: { data?: T; errors?: GraphQLErrorBody[] };
  headers: Headers;
}

/** POSTs one operation to the gateway, as a browser app would. */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GqlResponse<T>> {
  const response = await fetch(stack().gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
  const text = await response.text();
  let body: GqlResponse<T>['body'];
  try {
    body = JSON.parse(text) as GqlResponse<T>['body'];
  } catch {
    body = { errors: [{ message: `non-JSON response (HTTP ${response.status}): ${text.slice(0, 300)}` }] };
  }
  return { status: response.status, body, headers: response.headers };
}

/** Runs an operation that must succeed and returns its data; throws with the GraphQL errors otherwise. */
export async function must<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const { body } = await gql<T>(query, variables, { token });
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 80)}… → ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The first error's `extensions.code`, for `expect(codeOf(response.body)).toBe(ErrorCode.X)`. */
export function codeOf(body: { errors?: GraphQLErrorBody[] }): string | undefined {
  return body.errors?.[0]?.extensions?.code;
}

export const SIGN_IN_MUTATION = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password }) {
      accessToken
      refreshToken
    }
  }
`;

/** Signs in through the gateway; throws with the GraphQL errors when it is refused. */
export async function signIn(email: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
  const { status, body } = await gql<{ signIn: { accessToken: string; refreshToken: string } }>(SIGN_IN_MUTATION, { email, password });
  if (!body.data?.signIn) {
    throw new Error(`signIn(${email}) failed (HTTP ${status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data.signIn;
}

/** Stops the stack's redis-server (SIGTERM: it flushes its append-only file) and waits for it to exit. */
export async function stopRedis(): Promise<void> {
  const { redis } = readStack();
  if (!redis) throw new Error('this stack uses an external Redis (REDIS_URL), which tests cannot stop');
  await stopPid(redis.pid, { graceMs: 10_000 });
}

/** Starts redis-server again on the same port and data directory, and waits until it answers. */
export async function startRedis(): Promise<void> {
  const description = readStack();
  const { redis } = description;
  if (!redis) throw new Error('this stack uses an external Redis (REDIS_URL), which tests cannot start');
  // Detached: it must outlive this test file; globalTeardown stops it by the pid recorded here.
  const started = await startRedisServer({
    port: redis.port,
    dataDir: redis.dataDir,
    detached: true,
    ...(description.logDir ? { logFile: path.join(description.logDir, 'redis-restarted.log') } : {}),
  });
  writeFileSync(stackFile(), JSON.stringify({ ...description, redis: { ...redis, pid: started.pid } }, null, 2));
}

/** Polls fn until it returns a truthy value without throwing; fails with the last reason after timeoutMs. */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  { timeoutMs = 15_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = 'never returned a truthy value';
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
      last = `last value: ${JSON.stringify(value)}`;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      const reason = last instanceof Error ? last.message : String(last);
      throw new Error(`waitFor timed out after ${timeoutMs} ms (${reason})`);
    }
    await delay(intervalMs);
  }
}

/** Waits for a mail to `to` in the stack's SMTP catcher and returns it (subject, decoded text). */
export function waitForMail(to: string, options: { match?: (mail: CaughtMail) => boolean; timeoutMs?: number } = {}): Promise<CaughtMail> {
  const { mailDir } = readStack();
  if (!mailDir) throw new Error('this stack sends mail to an external SMTP server (SMTP_URL), which tests cannot read');
  return waitForMailIn(mailDir, to, options);
}

/** Waits for a mail to `to` and returns the email-verification or password-reset token in it. */
export async function waitForToken(to: string, options: { match?: (mail: CaughtMail) => boolean; timeoutMs?: number } = {}): Promise<string> {
  return accountTokenIn((await waitForMail(to, options)).text);
}

export type { CaughtMail };
