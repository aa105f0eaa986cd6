import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createLocalJWKSet, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { ErrorCode, type Role } from '@civic/contracts';
import { createRedis } from '@civic/platform';
import { codeOf, dataOf, graphqlClient, type GraphQLClient, type GraphQLResult } from '@civic/testing';
import { AccountEntity } from '@civic/identity-data-access';
import { SigningKeyStore, SignInThrottle, type IdentityFeatureOptions } from '@civic/identity-feature';
import { identityFeatureOptions, loadIdentityConfig } from '../config';
import { AppModule } from './app.module';

/**
 * The identity service against the harness's real PostgreSQL and Redis: tokens and
 * their verification, lockout, rotation, residency events in the outbox, voter-roll imports
 * (voter codes and mail: voter-codes.int-spec.ts, account-verification.int-spec.ts).
 * Every test makes its own accounts (unique emails): the database is shared.
 */
const MAX_FAILED = 3;
const EMAIL_THROTTLE = 5;
const PASSWORD = 'correct horse battery staple';

let app: INestApplication;
let baseUrl: string;
let client: GraphQLClient;
let dataSource: DataSource;
let passwordHash: string;

/** Every request comes "through the gateway", from the client address `ip` (sign-in throttling counts per address). */
function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string, ip = '10.0.0.1'): Promise<GraphQLResult<T>> {
  return client<T>(query, variables, { token, headers: { 'x-forwarded-for': ip } });
}

async function createAccount(roles: Role[] = ['resident']): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = `it-${id}@example.test`;
  await dataSource.getRepository(AccountEntity).insert({ id, email, displayName: 'Test Person', passwordHash, roles });
  return { id, email };
}

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { accessToken accessTokenExpiresAt refreshToken account { id email roles } }
}`;
type SignInData = {
  signIn: { accessToken: string; accessTokenExpiresAt: string; refreshToken: string; account: { id: string; email: string; roles: Role[] } };
};

async function signIn(email: string, password = PASSWORD, ip?: string) {
  return gql<SignInData>(SIGN_IN, { email, password }, undefined, ip);
}

async function tokensFor(email: string) {
  return dataOf(await signIn(email)).signIn;
}

beforeAll(async () => {
  const config = loadIdentityConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: '60000',
    SIGN_IN_MAX_FAILED_ATTEMPTS: String(MAX_FAILED),
    SIGN_IN_THROTTLE_MAX_FAILURES_PER_EMAIL: String(EMAIL_THROTTLE),
    SIGN_IN_THROTTLE_MAX_FAILURES_PER_IP: '1000',
  });
  app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.listen(0, '127.0.0.1');
  baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  client = graphqlClient(`${baseUrl}/graphql`);
  dataSource = app.get<DataSource>(getDataSourceToken());
  passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
});

afterAll(async () => {
  await app?.close();
});

describe('access tokens', () => {
  it('signs in with a token that verifies against the published JWKS', async () => {
    const { id, email } = await createAccount(['staff']);
    const session = await tokensFor(email.toUpperCase());
    expect(session.account).toEqual({ id, email, roles: ['STAFF'] });

    const discovery = (await (await fetch(`${baseUrl}/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(discovery['jwks_uri']).toMatch(/\/\.well-known\/jwks\.json$/);
    const jwks = (await (await fetch(`${baseUrl}/.well-known/jwks.json`)).json()) as { keys: JWK[] };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) expect(key).not.toHaveProperty('d');

    const { payload, protectedHeader } = await jwtVerify(session.accessToken, createLocalJWKSet(jwks), {
      issuer: 'civic-congress',
      audience: 'civic-congress',
    });
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload).toMatchObject({ sub: id, roles: ['staff'] });
    expect(typeof payload.jti).toBe('string');
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(15 * 60);
    expect(new Date(session.accessTokenExpiresAt).getTime()).toBe((payload.exp ?? 0) * 1000);

    const me = await gql<{ me: { id: string } }>('{ me { id } }', {}, session.accessToken);
    expect(me.data?.me.id).toBe(id);
  });

  it('refuses tokens with alg none, a wrong key, or past expiry', async () => {
    const { id } = await createAccount();
    const [signingKey] = (await dataSource.query(`SELECT kid, private_jwk FROM identity.signing_key WHERE retired_at IS NULL`)) as Array<{
      kid: string;
      private_jwk: string;
    }>;
    if (!signingKey) throw new Error('the service has no signing key');
    const { kid, private_jwk } = signingKey;
    const claims = { roles: ['resident'] };
    const base = (key: Parameters<SignJWT['sign']>[0], header: { alg: string; kid: string }, expiresAt: number | string = '5m') =>
      new SignJWT(claims)
        .setProtectedHeader(header)
        .setSubject(id)
        .setIssuer('civic-congress')
        .setAudience('civic-congress')
        .setIssuedAt()
        .setJti(randomUUID())
        .setExpirationTime(expiresAt)
        .sign(key);

    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({ ...claims, sub: id, iss: 'civic-congress', aud: 'civic-congress', iat: 1, exp: 4_000_000_000 }),
    ).toString('base64url')}.`;
    const { privateKey: otherKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await base(otherKey, { alg: 'EdDSA', kid });
    const realKey = await importJWK(JSON.parse(private_jwk.replace(/^plain:/, '')) as JWK, 'EdDSA');
    const expired = await base(realKey, { alg: 'EdDSA', kid }, Math.floor(Date.now() / 1000) - 60);
    const valid = await base(realKey, { alg: 'EdDSA', kid });

    for (const token of [unsigned, forged, expired]) {
      expect(codeOf(await gql('{ me { id } }', {}, token))).toBe(ErrorCode.UNAUTHENTICATED);
    }
    // The same construction with the real key and a live expiry is accepted: the refusals above are about alg, key and time.
    expect((await gql<{ me: { id: string } }>('{ me { id } }', {}, valid)).data?.me.id).toBe(id);
  });
});

describe('registration', () => {
  const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken account { email roles residency { status method } } } }`;
  type RegisterData = { register: { accessToken: string; account: { email: string; roles: Role[]; residency: { status: string; method: string | null } } } };
  const input = (overrides: Record<string, unknown> = {}) => ({
    email: `reg-${randomUUID()}@example.test`,
    displayName: '  New Person  ',
    password: PASSWORD,
    jurisdictionCode: '55025',
    ...overrides,
  });
  const fieldOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.['field'];

  it('creates a signed-in resident with a self-declared county, once per email', async () => {
    const first = input();
    const { register } = dataOf(await gql<RegisterData>(REGISTER, { input: first }));
    expect(register.account).toEqual({ email: first.email, roles: ['RESIDENT'], residency: { status: 'UNVERIFIED', method: 'SELF_DECLARED' } });
    expect(codeOf(await gql(REGISTER, { input: { ...first, email: first.email.toUpperCase() } }))).toBe(ErrorCode.CONFLICT);
  });

  it('refuses bad input naming the field, counting characters rather than UTF-16 units', async () => {
    for (const [overrides, field] of [
      [{ email: 'not-an-email' }, 'email'],
      [{ displayName: '   ' }, 'displayName'],
      [{ displayName: 'x'.repeat(101) }, 'displayName'],
      [{ password: 'too short' }, 'password'],
      [{ password: '🦌'.repeat(11) }, 'password'],
      [{ jurisdictionCode: '55 025' }, 'jurisdictionCode'],
    ] as const) {
      const result = await gql(REGISTER, { input: input(overrides) });
      expect([codeOf(result), fieldOf(result)]).toEqual([ErrorCode.BAD_USER_INPUT, field]);
    }
    // 100 characters of display name and 12 of password, though more UTF-16 units.
    dataOf(await gql(REGISTER, { input: input({ displayName: '🦌'.repeat(100), password: '🦌'.repeat(12) }) }));
  });
});

describe('sign-in protection', () => {
  it('answers an unknown email and a wrong password alike', async () => {
    const { email } = await createAccount();
    const unknown = await signIn(`nobody-${randomUUID()}@example.test`, PASSWORD, '10.1.0.1');
    const wrong = await signIn(email, 'not the password', '10.1.0.1');
    expect(codeOf(unknown)).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(wrong)).toBe(ErrorCode.UNAUTHENTICATED);
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it(`locks the account after ${MAX_FAILED} failed attempts, even for the right password`, async () => {
    const { id, email } = await createAccount();
    const codes: Array<string | undefined> = [];
    for (let attempt = 0; attempt < MAX_FAILED; attempt += 1) codes.push(codeOf(await signIn(email, 'wrong password', '10.2.0.1')));
    expect(codes).toEqual([...Array<string>(MAX_FAILED - 1).fill(ErrorCode.UNAUTHENTICATED), ErrorCode.ACCOUNT_LOCKED]);
    expect(codeOf(await signIn(email, PASSWORD, '10.2.0.1'))).toBe(ErrorCode.ACCOUNT_LOCKED);

    // Once the lock has run out, the right password works and clears the counter.
    await dataSource.query(`UPDATE identity.account SET locked_until = now() - interval '1 second' WHERE id = $1`, [id]);
    expect((await signIn(email, PASSWORD, '10.2.0.1')).data?.signIn.account.id).toBe(id);
    const [row] = (await dataSource.query(`SELECT failed_sign_in_count FROM identity.account WHERE id = $1`, [id])) as Array<{
      failed_sign_in_count: number;
    }>;
    expect(row?.failed_sign_in_count).toBe(0);
  });

  it('throttles repeated failures for one email through Redis', async () => {
    const email = `guess-${randomUUID()}@example.test`;
    const codes: Array<string | undefined> = [];
    for (let attempt = 0; attempt <= EMAIL_THROTTLE; attempt += 1) codes.push(codeOf(await signIn(email, 'guess', `10.3.0.${attempt}`)));
    expect(codes.slice(0, EMAIL_THROTTLE).every((code) => code === ErrorCode.UNAUTHENTICATED)).toBe(true);
    expect(codes[EMAIL_THROTTLE]).toBe(ErrorCode.RATE_LIMITED);
  });

  it('lets sign-ins through when Redis is unreachable', async () => {
    const redis = createRedis('redis://127.0.0.1:1', 'client');
    redis.on('error', () => undefined);
    try {
      const options = { throttle: { windowSeconds: 60, maxFailuresPerIp: 1, maxFailuresPerEmail: 1 } } as IdentityFeatureOptions;
      const throttle = new SignInThrottle(redis, options);
      await throttle.recordFailure('10.4.0.1', 'a@example.test');
      expect(await throttle.isThrottled('10.4.0.1', 'a@example.test')).toBe(false);
    } finally {
      redis.disconnect();
    }
  });
});

describe('refresh tokens', () => {
  const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;
  type RefreshData = { refreshSession: { accessToken: string; refreshToken: string } };

  it('rotates, and a reused token revokes the whole family', async () => {
    const { email } = await createAccount();
    const first = await tokensFor(email);
    const second = await gql<RefreshData>(REFRESH, { token: first.refreshToken });
    const next = second.data?.refreshSession;
    expect(next?.refreshToken).toBeDefined();
    expect(next?.refreshToken).not.toBe(first.refreshToken);

    expect(codeOf(await gql(REFRESH, { token: first.refreshToken }))).toBe(ErrorCode.UNAUTHENTICATED);
    // The reuse above revoked the rotated token's successor too.
    expect(codeOf(await gql(REFRESH, { token: next?.refreshToken }))).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('stops working after sign-out', async () => {
    const { email } = await createAccount();
    const session = await tokensFor(email);
    const out = await gql<{ signOut: boolean }>(`mutation ($t: String!) { signOut(refreshToken: $t) }`, { t: session.refreshToken });
    expect(out.data?.signOut).toBe(true);
    expect(codeOf(await gql(REFRESH, { token: session.refreshToken }))).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('residency', () => {
  const VERIFY = `mutation ($input: VerifyResidencyInput!) {
    verifyResidency(input: $input) { id residency { status method jurisdiction { code } } }
  }`;
  const outboxRows = async (accountId: string) =>
    (await dataSource.query(`SELECT name, payload FROM identity.outbox_event WHERE payload->>'accountId' = $1`, [accountId])) as Array<{
      name: string;
      payload: Record<string, unknown>;
    }>;

  it('staff verification writes exactly one outbox event with the change', async () => {
    const staff = await tokensFor((await createAccount(['staff'])).email);
    const resident = await createAccount();
    const result = await gql<{ verifyResidency: { residency: unknown } }>(
      VERIFY,
      { input: { accountId: resident.id, jurisdictionCode: '55025', method: 'STAFF_IN_PERSON' } },
      staff.accessToken,
    );
    expect(result.data?.verifyResidency.residency).toEqual({
      status: 'VERIFIED',
      method: 'STAFF_IN_PERSON',
      jurisdiction: { code: '55025' },
    });
    const rows = await outboxRows(resident.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: 'identity.resident-verified',
      payload: { accountId: resident.id, jurisdictionCode: '55025', method: 'staff-in-person' },
    });

    // Verifying the same way again changes nothing and announces nothing.
    await gql(VERIFY, { input: { accountId: resident.id, jurisdictionCode: '55025', method: 'STAFF_IN_PERSON' } }, staff.accessToken);
    expect(await outboxRows(resident.id)).toHaveLength(1);

    const revoked = await gql(`mutation ($id: ID!) { revokeResidency(input: { accountId: $id }) { id } }`, { id: resident.id }, staff.accessToken);
    expect(revoked.errors).toBeUndefined();
    expect((await outboxRows(resident.id)).map((row) => row.name)).toEqual(['identity.resident-verified', 'identity.residency-revoked']);
  });

  it('writes neither the change nor the event when the transaction fails', async () => {
    const staff = await tokensFor((await createAccount(['staff'])).email);
    const resident = await createAccount();
    // Make the outbox insert fail after the account update, inside the same transaction.
    await dataSource.query(`
      CREATE FUNCTION identity.it_refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.payload->>'accountId' = '${resident.id}' THEN RAISE EXCEPTION 'outbox refused by test'; END IF; RETURN NEW; END $$`);
    await dataSource.query(`CREATE TRIGGER it_refuse_outbox BEFORE INSERT ON identity.outbox_event FOR EACH ROW EXECUTE FUNCTION identity.it_refuse_outbox()`);
    try {
      const result = await gql(VERIFY, { input: { accountId: resident.id, jurisdictionCode: '55025', method: 'STAFF_IN_PERSON' } }, staff.accessToken);
      expect(codeOf(result)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    } finally {
      await dataSource.query(`DROP TRIGGER it_refuse_outbox ON identity.outbox_event`);
      await dataSource.query(`DROP FUNCTION identity.it_refuse_outbox()`);
    }
    expect(await outboxRows(resident.id)).toHaveLength(0);
    const [row] = (await dataSource.query(`SELECT residency_status FROM identity.account WHERE id = $1`, [resident.id])) as Array<{
      residency_status: string;
    }>;
    expect(row?.residency_status).toBe('unverified');
  });

  it('is for staff only, and hides private fields from others', async () => {
    const resident = await createAccount();
    const other = await tokensFor((await createAccount()).email);
    const result = await gql(VERIFY, { input: { accountId: resident.id, jurisdictionCode: '55025', method: 'STAFF_IN_PERSON' } }, other.accessToken);
    expect(codeOf(result)).toBe(ErrorCode.FORBIDDEN);

    const entities = await gql<{ _entities: Array<{ id: string; displayName: string; email: string | null; residency: unknown }> }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Account { id displayName email residency { status } } } }`,
      { reps: [{ __typename: 'Account', id: resident.id }] },
      other.accessToken,
    );
    expect(entities.data?._entities).toEqual([{ id: resident.id, displayName: 'Test Person', email: null, residency: null }]);
  });
  it('answers a malformed id as bad input or as no account, never as a server error', async () => {
    const staff = await tokensFor((await createAccount(['staff'])).email);
    const malformed = "1' OR '1'='1";
    const verify = await gql(VERIFY, { input: { accountId: malformed, jurisdictionCode: '55025', method: 'STAFF_IN_PERSON' } }, staff.accessToken);
    expect(codeOf(verify)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(verify.errors?.[0]?.extensions).toMatchObject({ field: 'accountId' });
    const revoke = await gql(`mutation ($id: ID!) { revokeResidency(input: { accountId: $id }) { id } }`, { id: malformed }, staff.accessToken);
    expect(codeOf(revoke)).toBe(ErrorCode.BAD_USER_INPUT);
    const report = await gql(`query ($id: ID!) { voterRollImport(id: $id) { id } }`, { id: malformed }, staff.accessToken);
    expect(codeOf(report)).toBe(ErrorCode.BAD_USER_INPUT);

    const account = await gql<{ account: unknown }>(`query ($id: ID!) { account(id: $id) { id } }`, { id: malformed }, staff.accessToken);
    expect(account.errors).toBeUndefined();
    expect(account.data?.account).toBeNull();
    const entities = await gql<{ _entities: unknown[] }>(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Account { id } } }`, {
      reps: [{ __typename: 'Account', id: malformed }],
    });
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities).toEqual([null]);
  });
});

describe('voter-roll import', () => {
  it('stores roll entries, rejects bad rows with reasons, keeps the report, and verifies no account (not even one with a roll email)', async () => {
    const staff = await tokensFor((await createAccount(['staff'])).email);
    const [a, b] = [await createAccount(), await createAccount()];
    const run = randomUUID();
    const csv = [
      'voter_id,first_name,last_name,email,jurisdiction_code',
      `V1-${run},Ann,Smith,${a.email.toUpperCase()},55025`,
      `V2-${run},Bo,Lee,${b.email},55001`,
      `V3-${run},Cy,Ng,nobody-${randomUUID()}@example.test,55025`,
      `V4-${run},Di,Ox,${b.email},55003`,
      'V5,Ed,Fu,broken',
      'V6,Fay,Oh,fay@example.test,55 025',
    ].join('\n');
    const IMPORT = `mutation ($input: ImportVoterRollInput!) {
      importVoterRoll(input: $input) { id accepted rejected added rejections { line reason message } }
    }`;
    type Report = { id: string; accepted: number; rejected: number; added: number; rejections: Array<{ line: number; reason: string }> };
    const result = await gql<{ importVoterRoll: Report }>(IMPORT, { input: { csv, fileName: 'roll.csv' } }, staff.accessToken);
    const report = result.data?.importVoterRoll;
    expect(result.errors).toBeUndefined();
    expect(report).toMatchObject({ accepted: 3, rejected: 3, added: 3 });
    expect(report?.rejections.map(({ line, reason }) => [line, reason])).toEqual([
      [5, 'DUPLICATE_EMAIL'],
      [6, 'MALFORMED_ROW'],
      [7, 'INVALID_JURISDICTION_CODE'],
    ]);
    // Emails on the roll prove nothing about who registered with them: nobody is verified.
    const events = (await dataSource.query(`SELECT 1 FROM identity.outbox_event WHERE payload->>'accountId' = ANY($1)`, [[a.id, b.id]])) as unknown[];
    expect(events).toEqual([]);
    const entries = (await dataSource.query(
      `SELECT voter_id, jurisdiction_code, claimed_by FROM identity.voter_roll_entry WHERE voter_id LIKE $1 ORDER BY voter_id`,
      [`%-${run}`],
    )) as Array<{ voter_id: string; jurisdiction_code: string; claimed_by: string | null }>;
    expect(entries.map((entry) => [entry.voter_id.slice(0, 2), entry.jurisdiction_code, entry.claimed_by])).toEqual([
      ['V1', '55025', null],
      ['V2', '55001', null],
      ['V3', '55025', null],
    ]);

    const stored = await gql<{ voterRollImport: Report }>(
      `query ($id: ID!) { voterRollImport(id: $id) { id accepted rejected rejections { line reason } } }`,
      { id: report?.id },
      staff.accessToken,
    );
    expect(stored.data?.voterRollImport).toMatchObject({ id: report?.id, accepted: 3, rejected: 3 });

    // Importing the same roll again updates the entries and adds none.
    const again = await gql<{ importVoterRoll: Report }>(IMPORT, { input: { csv } }, staff.accessToken);
    expect(again.data?.importVoterRoll).toMatchObject({ accepted: 3, added: 0 });
  });

  it('refuses a file without the required header, importing nothing', async () => {
    const staff = await tokensFor((await createAccount(['staff'])).email);
    const result = await gql(`mutation { importVoterRoll(input: { csv: "voter_id,email\\nV1,a@example.test" }) { id } }`, {}, staff.accessToken);
    expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('the signing key at rest', () => {
  it('is sealed in place once a secret is configured, and still signs as the same key', async () => {
    const activeKey = async () =>
      (
        (await dataSource.query(`SELECT kid, private_jwk FROM identity.signing_key WHERE retired_at IS NULL`)) as Array<{ kid: string; private_jwk: string }>
      )[0];
    const before = await activeKey();
    // This spec's service runs without a secret (NODE_ENV=test), so its key was stored in clear.
    expect(before?.private_jwk.startsWith('plain:')).toBe(true);
    const options = identityFeatureOptions(loadIdentityConfig({ ...process.env, NODE_ENV: 'test' }));
    const store = new SigningKeyStore(dataSource, { ...options, keyEncryptionSecret: 'a-long-random-deployment-secret' });
    try {
      expect((await store.signingKey()).kid).toBe(before?.kid);
      const after = await activeKey();
      expect(after?.private_jwk).toMatch(/^aes-256-gcm:/);
      expect(after?.private_jwk).not.toContain('"d"');
    } finally {
      // The running service has no secret: give it back its key as it was.
      await dataSource.query(`UPDATE identity.signing_key SET private_jwk = $2 WHERE kid = $1`, [before?.kid, before?.private_jwk]);
    }
  });
});
