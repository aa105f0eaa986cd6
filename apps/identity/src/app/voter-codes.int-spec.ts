import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { ErrorCode, type Role } from '@civic/contracts';
import { codeOf, dataOf, graphqlClient, type GraphQLClient, type GraphQLResult } from '@civic/testing';
import { AccountEntity } from '@civic/identity-data-access';
import { loadIdentityConfig } from '../config';
import { AppModule } from './app.module';

/**
 * Voter codes against the harness's PostgreSQL and Redis: the voter roll no longer matches
 * accounts by email; a roll entry becomes a residency only by claiming it with the code staff
 * issued for it, by an account with a verified email; 5 wrong codes lock it; one roll
 * identity backs one account, even under 100 simultaneous claims.
 */
const PASSWORD = 'correct horse battery staple';
const FAILURES_PER_ACCOUNT = 8;

let app: INestApplication;
let client: GraphQLClient;
let dataSource: DataSource;
let passwordHash: string;
let staffToken: string;

function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
  return client<T>(query, variables, { token, headers: { 'x-forwarded-for': '10.9.0.1' } });
}

async function createAccount(options: { roles?: Role[]; emailVerified?: boolean; email?: string } = {}): Promise<{ id: string; email: string; token: string }> {
  const id = randomUUID();
  const email = options.email ?? `vc-${id}@example.test`;
  await dataSource.getRepository(AccountEntity).insert({
    id,
    email,
    displayName: 'Test Person',
    passwordHash,
    roles: options.roles ?? ['resident'],
    emailVerifiedAt: options.emailVerified === false ? null : new Date(),
  });
  const signIn = await gql<{ signIn: { accessToken: string } }>(
    `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { accessToken } }`,
    { email, password: PASSWORD },
  );
  return { id, email, token: dataOf(signIn).signIn.accessToken };
}

const IMPORT = `mutation ($input: ImportVoterRollInput!) { importVoterRoll(input: $input) { id accepted rejected added rejections { line reason } } }`;
const ISSUE = `mutation ($voterId: String!) { issueVoterCode(input: { voterId: $voterId }) { voterId code expiresAt jurisdictionCode firstName } }`;
const CLAIM = `mutation ($voterId: String!, $code: String!) {
  claimVoterCode(input: { voterId: $voterId, code: $code }) { id residency { status method jurisdiction { code } } }
}`;
type Claimed = { claimVoterCode: { id: string; residency: { status: string; method: string; jurisdiction: { code: string } } } };

/** A roll entry of its own (a fresh voter id) in county 55025, or `code`. */
async function rollEntry(options: { email?: string; county?: string } = {}): Promise<string> {
  const voterId = `WI-${randomUUID()}`;
  const csv = [
    'voter_id,first_name,last_name,email,jurisdiction_code',
    `${voterId},Ann,Smith,${options.email ?? `roll-${randomUUID()}@example.test`},${options.county ?? '55025'}`,
  ].join('\n');
  dataOf(await gql(IMPORT, { input: { csv } }, staffToken));
  return voterId;
}

async function issue(voterId: string): Promise<string> {
  return dataOf(await gql<{ issueVoterCode: { code: string } }>(ISSUE, { voterId }, staffToken)).issueVoterCode.code;
}

/** A well-formed code that is not the one issued. */
function wrongCode(code: string): string {
  const first = code[0] === 'A' ? 'B' : 'A';
  return `${first}${code.slice(1)}`;
}

async function residencyEvents(accountId: string) {
  return (await dataSource.query(`SELECT name, payload FROM identity.outbox_event WHERE payload->>'accountId' = $1`, [accountId])) as Array<{
    name: string;
    payload: Record<string, unknown>;
  }>;
}

beforeAll(async () => {
  const config = loadIdentityConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: '60000',
    VOTER_CODE_FAILURES_PER_HOUR: String(FAILURES_PER_ACCOUNT),
    SIGN_IN_THROTTLE_MAX_FAILURES_PER_IP: '100000',
  });
  app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.listen(0, '127.0.0.1');
  client = graphqlClient(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
  dataSource = app.get<DataSource>(getDataSourceToken());
  // Cheap parameters: these tests sign in a hundred accounts at once.
  passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 });
  staffToken = (await createAccount({ roles: ['staff'] })).token;
});

afterAll(async () => {
  await app?.close();
});

describe('the voter-roll import', () => {
  it('stores entries and verifies nobody, not even an account with the roll’s email', async () => {
    // The attacker registers first with Ann's email — verified even, as if they controlled it.
    const annEmail = `ann-${randomUUID()}@example.test`;
    const attacker = await createAccount({ email: annEmail });
    const voterId = `WI-${randomUUID()}`;
    const csv = [
      'voter_id,first_name,last_name,email,jurisdiction_code',
      `${voterId},Ann,Smith,${annEmail.toUpperCase()},55025`,
      `${voterId}-2,Bo,Lee,bo-${randomUUID()}@example.test,55001`,
      'V5,Ed,Fu,broken',
    ].join('\n');
    const report = dataOf(await gql<{ importVoterRoll: { accepted: number; rejected: number; added: number } }>(IMPORT, { input: { csv } }, staffToken));
    expect(report.importVoterRoll).toMatchObject({ accepted: 2, rejected: 1, added: 2 });
    const again = dataOf(await gql<{ importVoterRoll: { accepted: number; added: number } }>(IMPORT, { input: { csv } }, staffToken));
    expect(again.importVoterRoll).toMatchObject({ accepted: 2, added: 0 });

    const [account] = (await dataSource.query(`SELECT residency_status FROM identity.account WHERE id = $1`, [attacker.id])) as Array<{
      residency_status: string;
    }>;
    expect(account?.residency_status).toBe('unverified');
    expect(await residencyEvents(attacker.id)).toEqual([]);
    // Without the code on Ann's letter the attacker has no claim to her entry.
    const code = await issue(voterId);
    expect(codeOf(await gql(CLAIM, { voterId, code: wrongCode(code) }, attacker.token))).toBe(ErrorCode.VOTER_CODE_INVALID);
    const [entry] = (await dataSource.query(`SELECT claimed_by FROM identity.voter_roll_entry WHERE voter_id = $1`, [voterId])) as Array<{
      claimed_by: string | null;
    }>;
    expect(entry?.claimed_by).toBeNull();
  });
});

describe('voter codes', () => {
  it('are issued by staff only, shown once and stored hashed', async () => {
    const voterId = await rollEntry();
    const resident = await createAccount();
    expect(codeOf(await gql(ISSUE, { voterId }, resident.token))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(ISSUE, { voterId: `WI-${randomUUID()}` }, staffToken))).toBe(ErrorCode.NOT_FOUND);
    const issued = dataOf(
      await gql<{ issueVoterCode: { code: string; jurisdictionCode: string; firstName: string; expiresAt: string } }>(ISSUE, { voterId }, staffToken),
    );
    expect(issued.issueVoterCode).toMatchObject({ jurisdictionCode: '55025', firstName: 'Ann' });
    expect(issued.issueVoterCode.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(new Date(issued.issueVoterCode.expiresAt).getTime()).toBeGreaterThan(Date.now() + 30 * 24 * 3_600_000);
    const [row] = (await dataSource.query(
      `SELECT encode(c.code_hash, 'hex') AS hash FROM identity.voter_code c JOIN identity.voter_roll_entry e ON e.id = c.roll_entry_id WHERE e.voter_id = $1`,
      [voterId],
    )) as Array<{ hash: string }>;
    expect(row?.hash).toHaveLength(64);
    expect(row?.hash).not.toContain(Buffer.from(issued.issueVoterCode.code).toString('hex'));
  });

  it('make a claimed entry the account’s residency, announced like verifyResidency does', async () => {
    const voterId = await rollEntry({ county: '55001' });
    const code = await issue(voterId);
    const unverified = await createAccount({ emailVerified: false });
    expect(codeOf(await gql(CLAIM, { voterId, code }, unverified.token))).toBe(ErrorCode.EMAIL_NOT_VERIFIED);
    expect(codeOf(await gql(CLAIM, { voterId, code }))).toBe(ErrorCode.UNAUTHENTICATED);

    const person = await createAccount();
    // Typed sloppily: lower case, spaces instead of dashes.
    const claimed = dataOf(await gql<Claimed>(CLAIM, { voterId, code: code.toLowerCase().replace(/-/g, ' ') }, person.token));
    expect(claimed.claimVoterCode).toEqual({ id: person.id, residency: { status: 'VERIFIED', method: 'VOTER_ROLL', jurisdiction: { code: '55001' } } });
    const events = await residencyEvents(person.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ name: 'identity.resident-verified', payload: { accountId: person.id, jurisdictionCode: '55001', method: 'voter-roll' } });
    expect(Object.keys(events[0]?.payload ?? {}).sort()).toEqual(['accountId', 'displayName', 'jurisdictionCode', 'method', 'verifiedAt']);

    // Used: nobody can claim it again, the same person included; staff cannot re-issue it.
    expect(codeOf(await gql(CLAIM, { voterId, code }, (await createAccount()).token))).toBe(ErrorCode.ALREADY_CLAIMED);
    expect(codeOf(await gql(CLAIM, { voterId, code }, person.token))).toBe(ErrorCode.ALREADY_CLAIMED);
    expect(codeOf(await gql(ISSUE, { voterId }, staffToken))).toBe(ErrorCode.ALREADY_CLAIMED);
    // One account, one roll identity.
    const second = await rollEntry();
    expect(codeOf(await gql(CLAIM, { voterId: second, code: await issue(second) }, person.token))).toBe(ErrorCode.ALREADY_CLAIMED);
  });

  it('lock after 5 wrong codes, until staff issue a new one, which replaces the old', async () => {
    const voterId = await rollEntry();
    const code = await issue(voterId);
    const person = await createAccount();
    const outcomes: Array<[string | undefined, unknown]> = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await gql(CLAIM, { voterId, code: wrongCode(code) }, person.token);
      outcomes.push([codeOf(result), result.errors?.[0]?.extensions?.['attemptsLeft']]);
    }
    expect(outcomes).toEqual([
      [ErrorCode.VOTER_CODE_INVALID, 4],
      [ErrorCode.VOTER_CODE_INVALID, 3],
      [ErrorCode.VOTER_CODE_INVALID, 2],
      [ErrorCode.VOTER_CODE_INVALID, 1],
      [ErrorCode.VOTER_CODE_LOCKED, undefined],
    ]);
    const other = await createAccount();
    expect(codeOf(await gql(CLAIM, { voterId, code }, other.token))).toBe(ErrorCode.VOTER_CODE_LOCKED);

    const reissued = await issue(voterId);
    expect(codeOf(await gql(CLAIM, { voterId, code }, other.token))).toBe(ErrorCode.VOTER_CODE_INVALID);
    expect(dataOf(await gql<Claimed>(CLAIM, { voterId, code: reissued }, other.token)).claimVoterCode.residency.status).toBe('VERIFIED');
  });

  it('expire', async () => {
    const voterId = await rollEntry();
    const code = await issue(voterId);
    await dataSource.query(
      `UPDATE identity.voter_code SET expires_at = now() - interval '1 second' WHERE roll_entry_id = (SELECT id FROM identity.voter_roll_entry WHERE voter_id = $1)`,
      [voterId],
    );
    expect(codeOf(await gql(CLAIM, { voterId, code }, (await createAccount()).token))).toBe(ErrorCode.VOTER_CODE_EXPIRED);
  });

  it('answer an unknown voter id like a wrong code, a malformed code as bad input, and limit wrong codes per account', async () => {
    const person = await createAccount();
    const codes: Array<string | undefined> = [];
    for (let attempt = 0; attempt <= FAILURES_PER_ACCOUNT; attempt += 1) {
      codes.push(codeOf(await gql(CLAIM, { voterId: `WI-${randomUUID()}`, code: 'AAAA-BBBB-CCCC-DDDD' }, person.token)));
    }
    expect(codes).toEqual([...Array<string>(FAILURES_PER_ACCOUNT).fill(ErrorCode.VOTER_CODE_INVALID), ErrorCode.RATE_LIMITED]);
    const fresh = await createAccount();
    expect(codeOf(await gql(CLAIM, { voterId: 'WI-1', code: 'too short' }, fresh.token))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('back one account per roll identity: of 100 simultaneous claims of one code exactly one succeeds', async () => {
    const voterId = await rollEntry();
    const code = await issue(voterId);
    const people = await Promise.all(Array.from({ length: 100 }, () => createAccount()));
    const results = await Promise.all(people.map((person) => gql<Claimed>(CLAIM, { voterId, code }, person.token)));
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => codeOf(result) === ErrorCode.ALREADY_CLAIMED)).toHaveLength(99);
    const winner = winners[0]?.data?.claimVoterCode.id;
    const [entry] = (await dataSource.query(`SELECT claimed_by FROM identity.voter_roll_entry WHERE voter_id = $1`, [voterId])) as Array<{
      claimed_by: string;
    }>;
    expect(entry?.claimed_by).toBe(winner);
    const verified = (await dataSource.query(`SELECT id FROM identity.account WHERE id = ANY($1) AND residency_status = 'verified'`, [
      people.map((person) => person.id),
    ])) as unknown[];
    expect(verified).toHaveLength(1);

    // The database itself refuses a second roll identity for one account.
    const other = await rollEntry();
    await expect(
      dataSource.query(`UPDATE identity.voter_roll_entry SET claimed_by = $1, claimed_at = now() WHERE voter_id = $2`, [winner, other]),
    ).rejects.toThrow(/voter_roll_entry_claimed_by_key/);
  });
});
