import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '@civic/contracts';
import { loadGatewayConfig } from './config';
import { createGatewayApp } from './gateway-app';
import { startFakeSubgraphs, type FakeSubgraphs } from './testing/fake-subgraphs';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown; extensions?: Record<string, unknown> }>;
}

/**
 * The gateway in-process in front of two small fake subgraphs: the protections are proven
 * by what reaches the subgraphs (a resolver-call counter and echoed headers).
 */
describe('gateway in front of fake subgraphs', () => {
  let subgraphs: FakeSubgraphs;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    subgraphs = await startFakeSubgraphs();
    const config = loadGatewayConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      IDENTITY_URL: subgraphs.urls['identity'],
      ASSEMBLIES_URL: subgraphs.urls['assemblies'],
      BODY_LIMIT: '10kb',
      MAX_TOKENS: '1000',
    });
    app = await createGatewayApp(config, { supergraphSdl: subgraphs.supergraphSdl });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await app?.close();
    await subgraphs?.stop();
  });

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: GraphQLBody; headers: Headers }> {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as GraphQLBody, headers: response.headers };
  }

  const nested = (levels: number): string => {
    let selection = 'id';
    for (let i = 0; i < levels; i += 1) selection = `friend { ${selection} }`;
    return `{ me { ${selection} } }`;
  };

  it('answers a query that crosses into a subgraph and calls its resolvers', async () => {
    const before = subgraphs.calls();
    const result = await post({ query: '{ me { id email friend { id } } jurisdictions { code parent { code } } }' });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({
      me: { id: 'a1', email: 'a1@example.org', friend: { id: 'a1-friend' } },
      jurisdictions: [{ code: '55025', parent: { code: '55' } }],
    });
    expect(subgraphs.calls()).toBeGreaterThan(before);
  });

  it('forwards the caller’s authorization header and the request id to subgraphs', async () => {
    const result = await post(
      { query: '{ whoSentMe { authorization requestId } }' },
      {
        authorization: 'Bearer token-123',
        'x-request-id': 'req-forwarded-0001',
      },
    );
    expect(result.body.data).toEqual({ whoSentMe: { authorization: 'Bearer token-123', requestId: 'req-forwarded-0001' } });
    expect(result.headers.get('x-request-id')).toBe('req-forwarded-0001');
  });

  it('gives every request an id and forwards the generated one', async () => {
    const result = await post({ query: '{ whoSentMe { authorization requestId } }' });
    const id = result.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.body.data).toEqual({ whoSentMe: { authorization: null, requestId: id } });
  });

  it('refuses a depth-20 query before any subgraph is called', async () => {
    const before = subgraphs.calls();
    const result = await post({ query: nested(20) });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors?.length).toBeGreaterThan(0);
    expect(new Set(result.body.errors?.map((e) => e.extensions?.['code']))).toEqual(new Set([ErrorCode.QUERY_TOO_COMPLEX]));
    expect(result.body.errors?.some((e) => /depth limit of 12 exceeded/.test(e.message))).toBe(true);
    expect(subgraphs.calls()).toBe(before);
  });

  it('accepts a query at the depth limit', async () => {
    const result = await post({ query: nested(10) });
    expect(result.body.errors).toBeUndefined();
  });

  it('refuses a 100-alias query before any subgraph is called', async () => {
    const before = subgraphs.calls();
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await post({ query: `{ ${aliases} }` });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(new Set(result.body.errors?.map((e) => e.extensions?.['code']))).toEqual(new Set([ErrorCode.QUERY_TOO_COMPLEX]));
    expect(result.body.errors?.some((e) => /Aliases limit of 15/.test(e.message))).toBe(true);
    expect(subgraphs.calls()).toBe(before);
  });

  it('refuses a document with too many tokens before any subgraph is called', async () => {
    const before = subgraphs.calls();
    const fields = Array.from({ length: 1200 }, () => 'id').join(' ');
    const result = await post({ query: `{ me { ${fields} } }` });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors?.map((e) => e.extensions?.['code'])).toEqual([ErrorCode.GRAPHQL_PARSE_FAILED]);
    expect(result.body.errors?.[0]?.message).toMatch(/1000 tokens\. Parsing aborted/);
    expect(subgraphs.calls()).toBe(before);
  });

  it('refuses an array of operations (batching) with a 400', async () => {
    const before = subgraphs.calls();
    const result = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toMatch(/batching/i);
    expect(subgraphs.calls()).toBe(before);
  });

  it('refuses a simple (CSRF-able) request without a preflight header', async () => {
    const before = subgraphs.calls();
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
    const form = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(form.status).toBe(400);
    expect(subgraphs.calls()).toBe(before);
  });

  it('answers a GET with the preflight header', async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: { id: 'a1' } } });
  });

  it('refuses an oversized body with 413 and a JSON error carrying the request id', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(20_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors?.[0]?.message).toMatch(/larger than the 10kb limit/);
  });

  it('gives no field suggestions for an unknown field', async () => {
    const result = await post({ query: '{ me { emial } }' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.GRAPHQL_VALIDATION_FAILED);
    expect(result.body.errors?.[0]?.message).toContain('Cannot query field "emial"');
    expect(JSON.stringify(result.body)).not.toMatch(/did you mean/i);
  });

  it('masks an internal subgraph error and strips stack traces', async () => {
    const result = await post({ query: '{ internalFailure }' });
    const text = JSON.stringify(result.body);
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
    expect(text).not.toMatch(/db\.internal|\/srv\/|stacktrace|exception/);
  });

  it('keeps a subgraph error’s public code and message but nothing internal', async () => {
    const result = await post({ query: '{ forbiddenThing }' });
    expect(result.body.errors?.[0]).toEqual({
      message: 'Your role does not allow this.',
      path: ['forbiddenThing'],
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  });

  it('reports live and ready, and serves the explorer from its own assets', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'up', checks: { supergraph: { status: 'up' } } });

    const page = await fetch(`${base}/explorer`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url.startsWith('/explorer/assets/')).toBe(true);
      const asset = await fetch(`${base}${url}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(50);
    }
    expect((await fetch(`${base}/explorer/assets/..%2Fpackage.json`)).status).toBe(404);
  });

  it('sends a browser opening /graphql to the explorer', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/explorer');
  });
});
