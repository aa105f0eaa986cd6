import { DEMO_ACCOUNTS, ErrorCode } from '@civic/contracts';
import { gql, signIn, stack } from '../support';

/**
 * The gateway's protections, through the running stack. The in-process integration spec
 * (apps/gateway/src/gateway.int-spec.ts) counts subgraph resolver calls; here the proof
 * that nothing ran is a refused operation whose execution would have had visible effects.
 */
describe('gateway protections', () => {
  const base = () => new URL(stack().gatewayUrl).origin;
  const seenRequestIds = new Set<string>();

  function remember(headers: Headers): void {
    const id = headers.get('x-request-id');
    expect(id).toMatch(/^[A-Za-z0-9._-]{8,128}$/);
    seenRequestIds.add(id ?? '');
  }

  const codesOf = (errors: Array<{ extensions?: { code?: string } }> | undefined) => new Set((errors ?? []).map((e) => e.extensions?.code));

  it('refuses a depth-20 query before anything executes', async () => {
    let selection = 'name';
    for (let i = 0; i < 20; i += 1) selection = `ofType { ${selection} }`;
    const { status, body, headers } = await gql(`{ __typename deep: __type(name: "Query") { ${selection} } }`);
    remember(headers);
    expect(status).toBe(400);
    // Apollo includes `data` only once execution has started.
    expect(body.data).toBeUndefined();
    expect(codesOf(body.errors)).toEqual(new Set([ErrorCode.QUERY_TOO_COMPLEX]));
    expect(body.errors?.some((e) => /depth limit of \d+ exceeded/.test(e.message))).toBe(true);
  });

  it('refuses a 100-alias operation before any resolver runs', async () => {
    // Executed, these wrong-password attempts would fail one by one and lock the account.
    const { email } = DEMO_ACCOUNTS.staff;
    const attempts = Array.from({ length: 100 }, (_, i) => `a${i}: signIn(input: { email: "${email}", password: "wrong-password-${i}" }) { accessToken }`).join(
      '\n',
    );
    const { status, body, headers } = await gql(`mutation { ${attempts} }`);
    remember(headers);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(codesOf(body.errors)).toEqual(new Set([ErrorCode.QUERY_TOO_COMPLEX]));
    expect(body.errors?.some((e) => /Aliases limit of \d+ exceeded, found 100/.test(e.message))).toBe(true);
    // Not one attempt reached identity: the account still signs in.
    await expect(signIn(email, DEMO_ACCOUNTS.staff.password)).resolves.toMatchObject({ accessToken: expect.any(String) });
  });

  it('refuses an array of operations (no batching)', async () => {
    const response = await fetch(stack().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    remember(response.headers);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
  });

  it('refuses a request a browser could send cross-site (CSRF prevention)', async () => {
    const form = await fetch(stack().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    remember(form.headers);
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF/);

    const simpleGet = await fetch(`${stack().gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400);

    const preflighted = await fetch(`${stack().gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses an oversized body with 413 and a JSON error', async () => {
    const response = await fetch(stack().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(6 * 1024 * 1024)}` }),
    });
    remember(response.headers);
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]?.message).toMatch(/larger than the .* limit/);
  });

  it('gives no field suggestions and no stack traces', async () => {
    const { status, body, headers } = await gql('{ __typenam }');
    remember(headers);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe(ErrorCode.GRAPHQL_VALIDATION_FAILED);
    const text = JSON.stringify(body);
    expect(body.errors?.[0]?.message).toContain('Cannot query field "__typenam"');
    expect(text).not.toMatch(/did you mean/i);
    expect(text).not.toMatch(/stacktrace|exception|at .*\.ts:\d+/);
  });

  it('serves an explorer that loads only its own assets', async () => {
    const page = await fetch(`${base()}/explorer`, { headers: { accept: 'text/html' } });
    remember(page.headers);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'.*script-src 'self'/);
    const html = await page.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url).toMatch(/^\/explorer\/assets\/[\w.-]+$/);
      const asset = await fetch(`${base()}${url}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(50);
    }
    const fromBrowser = await fetch(stack().gatewayUrl, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(fromBrowser.status).toBe(302);
    expect(fromBrowser.headers.get('location')).toBe('/explorer');
  });

  it('gives every response its own request id and echoes a caller’s', async () => {
    const mine = await gql('{ __typename }', undefined, { headers: { 'x-request-id': 'e2e-gateway-request-1' } });
    expect(mine.headers.get('x-request-id')).toBe('e2e-gateway-request-1');
    const health = await fetch(`${base()}/health/ready`);
    remember(health.headers);
    // Every request above got a different id.
    expect(seenRequestIds.size).toBeGreaterThanOrEqual(7);
  });
});
