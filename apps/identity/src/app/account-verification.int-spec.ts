import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { accountTokenIn, codeOf, dataOf, graphqlClient, type GraphQLClient, type GraphQLResult } from '@civic/testing';
import { loadIdentityConfig } from '../config';
import { AppModule } from './app.module';

/**
 * Email verification and password reset against the harness's PostgreSQL and Redis: the
 * mail each step queues (read from identity's mail outbox, where it is written with the
 * change), single use, expiry, the attempt limit, no enumeration, revoked sessions.
 * Each test uses its own accounts and client address: the database and Redis are shared.
 */
const PASSWORD = 'correct horse battery staple';
const MAIL_REQUESTS_PER_HOUR = 3;

let app: INestApplication;
let client: GraphQLClient;
let dataSource: DataSource;

function gql<T>(query: string, variables: Record<string, unknown>, ip: string, token?: string): Promise<GraphQLResult<T>> {
  return client<T>(query, variables, { token, headers: { 'x-forwarded-for': ip } });
}

const newIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken refreshToken account { id emailVerifiedAt } } }`;
type Registered = { register: { accessToken: string; refreshToken: string; account: { id: string; emailVerifiedAt: string | null } } };
const VERIFY = `mutation ($token: String!) { verifyEmail(token: $token) }`;
const ME = `{ me { id emailVerifiedAt language } }`;

async function register(ip: string, extra: Record<string, unknown> = {}) {
  const email = `verify-${randomUUID()}@example.test`;
  const result = dataOf(await gql<Registered>(REGISTER, { input: { email, displayName: 'Ana Example', password: PASSWORD, ...extra } }, ip));
  return { email, ...result.register };
}

type MailRow = { id: string; template: string; language: string; subject: string; body_text: string; status: string };
async function mailsTo(email: string): Promise<MailRow[]> {
  return (await dataSource.query(
    `SELECT id, template, language, subject, body_text, status FROM identity.mail_outbox WHERE recipient = $1 ORDER BY created_at, id`,
    [email],
  )) as MailRow[];
}

async function latestToken(email: string, template: string): Promise<string> {
  const mails = (await mailsTo(email)).filter((mail) => mail.template === template);
  const last = mails[mails.length - 1];
  if (!last) throw new Error(`no ${template} mail to ${email}`);
  return accountTokenIn(last.body_text);
}

beforeAll(async () => {
  const config = loadIdentityConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: '60000',
    ACCOUNT_MAIL_REQUESTS_PER_HOUR: String(MAIL_REQUESTS_PER_HOUR),
    ACCOUNT_TOKEN_FAILURES_PER_HOUR: '1000',
  });
  app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.listen(0, '127.0.0.1');
  client = graphqlClient(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
  dataSource = app.get<DataSource>(getDataSourceToken());
});

afterAll(async () => {
  await app?.close();
});

describe('email verification', () => {
  it('mails a code on registration that verifies the email once', async () => {
    const ip = newIp();
    const account = await register(ip);
    expect(account.account.emailVerifiedAt).toBeNull();
    const [mail] = await mailsTo(account.email);
    expect(mail).toMatchObject({ template: 'email-verification', language: 'en', status: 'pending' });
    expect(mail?.subject).toMatch(/Confirm your email/);
    const token = accountTokenIn(mail?.body_text ?? '');
    // Only the hash is stored: the token's secret appears nowhere in the token table.
    const [stored] = (await dataSource.query(`SELECT secret_hash FROM identity.account_token WHERE account_id = $1`, [account.account.id])) as Array<{
      secret_hash: Buffer;
    }>;
    expect(stored?.secret_hash).toHaveLength(32);
    expect(stored?.secret_hash.toString('base64url')).not.toBe(token.split('.')[1]);

    expect(dataOf(await gql<{ verifyEmail: boolean }>(VERIFY, { token }, ip)).verifyEmail).toBe(true);
    const me = dataOf(await gql<{ me: { emailVerifiedAt: string | null } }>(ME, {}, ip, account.accessToken)).me;
    expect(new Date(me.emailVerifiedAt ?? 0).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Single use.
    expect(codeOf(await gql(VERIFY, { token }, ip))).toBe(ErrorCode.TOKEN_INVALID);
    // Already verified: asking for another mail sends none.
    const resend = await gql<{ requestEmailVerification: boolean }>(`mutation { requestEmailVerification }`, {}, ip, account.accessToken);
    expect(dataOf(resend).requestEmailVerification).toBe(false);
    expect(await mailsTo(account.email)).toHaveLength(1);
  });

  it('writes the mail in the account’s language', async () => {
    const account = await register(newIp(), { language: 'ES' });
    const [mail] = await mailsTo(account.email);
    expect(mail).toMatchObject({ language: 'es', subject: 'Confirme su correo electrónico para Civic Congress' });
    expect(mail?.body_text).toMatch(/^Hola, Ana Example:/);
  });

  it('refuses an expired code, and a resend replaces the earlier code', async () => {
    const ip = newIp();
    const account = await register(ip);
    const first = await latestToken(account.email, 'email-verification');
    await dataSource.query(`UPDATE identity.account_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [first.split('.')[0]]);
    expect(codeOf(await gql(VERIFY, { token: first }, ip))).toBe(ErrorCode.TOKEN_EXPIRED);

    const resend = await gql<{ requestEmailVerification: boolean }>(`mutation { requestEmailVerification }`, {}, ip, account.accessToken);
    expect(dataOf(resend).requestEmailVerification).toBe(true);
    const second = await latestToken(account.email, 'email-verification');
    expect(second).not.toBe(first);
    dataOf(await gql(`mutation { requestEmailVerification }`, {}, ip, account.accessToken));
    const third = await latestToken(account.email, 'email-verification');
    // The newer code withdrew the one before it.
    expect(codeOf(await gql(VERIFY, { token: second }, ip))).toBe(ErrorCode.TOKEN_INVALID);
    expect(dataOf(await gql<{ verifyEmail: boolean }>(VERIFY, { token: third }, ip)).verifyEmail).toBe(true);
  });

  it('locks a code after 5 wrong tries, even for the right secret afterwards', async () => {
    const ip = newIp();
    const account = await register(ip);
    const token = await latestToken(account.email, 'email-verification');
    const [id] = token.split('.');
    const attemptsLeft: unknown[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await gql(VERIFY, { token: `${id}.${'A'.repeat(43)}` }, ip);
      expect(codeOf(wrong)).toBe(ErrorCode.TOKEN_INVALID);
      attemptsLeft.push(wrong.errors?.[0]?.extensions?.['attemptsLeft']);
    }
    expect(attemptsLeft).toEqual([4, 3, 2, 1, 0]);
    expect(codeOf(await gql(VERIFY, { token }, ip))).toBe(ErrorCode.TOKEN_INVALID);
    expect(dataOf(await gql<{ me: { emailVerifiedAt: string | null } }>(ME, {}, ip, account.accessToken)).me.emailVerifiedAt).toBeNull();
  });

  it('answers garbage as an invalid code, never a server error, and limits resends', async () => {
    const ip = newIp();
    for (const token of ['', 'nonsense', `${randomUUID()}.${'B'.repeat(43)}`]) {
      expect(codeOf(await gql(VERIFY, { token }, ip))).toBe(ErrorCode.TOKEN_INVALID);
    }
    const account = await register(ip);
    const codes: Array<string | undefined> = [];
    for (let request = 0; request <= MAIL_REQUESTS_PER_HOUR; request += 1) {
      codes.push(codeOf(await gql(`mutation { requestEmailVerification }`, {}, ip, account.accessToken)));
    }
    expect(codes).toEqual([...Array<undefined>(MAIL_REQUESTS_PER_HOUR).fill(undefined), ErrorCode.RATE_LIMITED]);
    expect(codeOf(await gql(`mutation { requestEmailVerification }`, {}, ip))).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('password reset', () => {
  const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
  const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
  const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { accessToken } }`;
  const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { refreshToken } }`;

  it('answers alike for an unknown email, mailing nobody', async () => {
    const ip = newIp();
    const unknown = `nobody-${randomUUID()}@example.test`;
    const known = await register(ip);
    const forUnknown = await gql(REQUEST, { email: unknown }, ip);
    const forKnown = await gql(REQUEST, { email: known.email.toUpperCase() }, ip);
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown.data).toEqual({ requestPasswordReset: true });
    expect(await mailsTo(unknown)).toEqual([]);
    expect((await mailsTo(known.email)).map((mail) => mail.template)).toEqual(['email-verification', 'password-reset']);
  });

  it('sets the new password, ends every session, verifies the email, and works once', async () => {
    const ip = newIp();
    const account = await register(ip);
    const otherSession = dataOf(await gql<{ signIn: { accessToken: string } }>(SIGN_IN, { email: account.email, password: PASSWORD }, ip));
    expect(otherSession.signIn.accessToken).toBeTruthy();
    dataOf(await gql(REQUEST, { email: account.email }, ip));
    const token = await latestToken(account.email, 'password-reset');
    const newPassword = 'a brand new passphrase';

    expect(codeOf(await gql(RESET, { input: { token, newPassword: 'short' } }, ip))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(dataOf(await gql<{ resetPassword: boolean }>(RESET, { input: { token, newPassword } }, ip)).resetPassword).toBe(true);

    // Every refresh-token family of the account is revoked.
    expect(codeOf(await gql(REFRESH, { token: account.refreshToken }, ip))).toBe(ErrorCode.UNAUTHENTICATED);
    const [{ live }] = (await dataSource.query(`SELECT count(*)::int AS live FROM identity.refresh_token WHERE account_id = $1 AND revoked_at IS NULL`, [
      account.account.id,
    ])) as [{ live: number }];
    expect(live).toBe(0);
    expect(codeOf(await gql(SIGN_IN, { email: account.email, password: PASSWORD }, ip))).toBe(ErrorCode.UNAUTHENTICATED);
    const signedIn = dataOf(await gql<{ signIn: { accessToken: string } }>(SIGN_IN, { email: account.email, password: newPassword }, ip));
    const me = dataOf(await gql<{ me: { emailVerifiedAt: string | null } }>(ME, {}, ip, signedIn.signIn.accessToken)).me;
    expect(me.emailVerifiedAt).not.toBeNull();
    expect((await mailsTo(account.email)).map((mail) => mail.template)).toEqual(['email-verification', 'password-reset', 'password-changed']);
    // Single use.
    expect(codeOf(await gql(RESET, { input: { token, newPassword: 'yet another passphrase' } }, ip))).toBe(ErrorCode.TOKEN_INVALID);
  });

  it('refuses an expired reset code, and a verification code used as one', async () => {
    const ip = newIp();
    const account = await register(ip);
    const verification = await latestToken(account.email, 'email-verification');
    expect(codeOf(await gql(RESET, { input: { token: verification, newPassword: 'a brand new passphrase' } }, ip))).toBe(ErrorCode.TOKEN_INVALID);
    dataOf(await gql(REQUEST, { email: account.email }, ip));
    const token = await latestToken(account.email, 'password-reset');
    await dataSource.query(`UPDATE identity.account_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [token.split('.')[0]]);
    expect(codeOf(await gql(RESET, { input: { token, newPassword: 'a brand new passphrase' } }, ip))).toBe(ErrorCode.TOKEN_EXPIRED);
  });

  it('is rate limited per email, known or not', async () => {
    for (const email of [(await register(newIp())).email, `nobody-${randomUUID()}@example.test`]) {
      const codes: Array<string | undefined> = [];
      for (let request = 0; request <= MAIL_REQUESTS_PER_HOUR; request += 1) codes.push(codeOf(await gql(REQUEST, { email }, newIp())));
      expect(codes).toEqual([...Array<undefined>(MAIL_REQUESTS_PER_HOUR).fill(undefined), ErrorCode.RATE_LIMITED]);
    }
  });
});
