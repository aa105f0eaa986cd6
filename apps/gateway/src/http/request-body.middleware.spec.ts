import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { parseByteSize, requestBodyMiddleware, wantsExplorer } from './request-body.middleware';

interface Outcome {
  status?: number;
  body?: unknown;
  parsed?: unknown;
  passed: boolean;
}

function run(limit: string, headers: Record<string, string>, payload: string, method = 'POST'): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = Object.assign(new PassThrough(), { method, headers }) as unknown as IncomingMessage & { body?: unknown };
    const outcome: Outcome = { passed: false };
    const res = {
      statusCode: 200,
      setHeader: () => undefined,
      end: (text: string) => resolve({ ...outcome, status: res.statusCode, body: JSON.parse(text) as unknown }),
    };
    requestBodyMiddleware(limit)(req, res as unknown as ServerResponse, () => resolve({ passed: true, parsed: req.body }));
    const stream = req as unknown as PassThrough;
    stream.end(payload);
  });
}

describe('request body middleware', () => {
  it('parses sizes', () => {
    expect(parseByteSize('100kb')).toBe(102_400);
    expect(parseByteSize('2mb')).toBe(2 * 1024 * 1024);
    expect(parseByteSize('10b')).toBe(10);
  });

  it('parses a JSON body within the limit', async () => {
    const outcome = await run('1kb', { 'content-type': 'application/json; charset=utf-8' }, '{"query":"{ me { id } }"}');
    expect(outcome).toEqual({ passed: true, parsed: { query: '{ me { id } }' } });
  });

  it('refuses a body over the limit with 413, whether declared or streamed', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(2000) });
    const declared = await run('1kb', { 'content-type': 'application/json', 'content-length': String(big.length) }, big);
    const streamed = await run('1kb', { 'content-type': 'application/json' }, big);
    for (const outcome of [declared, streamed]) {
      expect(outcome.status).toBe(413);
      expect(JSON.stringify(outcome.body)).toContain('larger than the 1kb limit');
    }
  });

  it('refuses malformed JSON with 400', async () => {
    const outcome = await run('1kb', { 'content-type': 'application/json' }, '{"query":');
    expect(outcome.status).toBe(400);
  });

  it('leaves other content types unread, for Apollo’s CSRF check to refuse', async () => {
    expect(await run('1kb', { 'content-type': 'text/plain' }, 'x'.repeat(5000))).toEqual({ passed: true, parsed: undefined });
  });
});

describe('explorer redirect', () => {
  const html = { accept: 'text/html,application/xhtml+xml' };
  it('sends a browser GET without a query to the explorer', () => {
    expect(wantsExplorer({ method: 'GET', url: '/graphql', headers: html })).toBe(true);
  });
  it('leaves GraphQL requests alone', () => {
    expect(wantsExplorer({ method: 'GET', url: '/graphql?query=%7B__typename%7D', headers: html })).toBe(false);
    expect(wantsExplorer({ method: 'GET', url: '/graphql', headers: { accept: 'application/json' } })).toBe(false);
    expect(wantsExplorer({ method: 'POST', url: '/graphql', headers: html })).toBe(false);
  });
  it('leaves every other page alone, the explorer included', () => {
    expect(wantsExplorer({ method: 'GET', url: '/explorer', headers: html })).toBe(false);
    expect(wantsExplorer({ method: 'GET', url: '/health/ready', headers: html })).toBe(false);
  });
});
