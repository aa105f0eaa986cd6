import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { decodeJwt } from 'jose';
import type { DataSource } from 'typeorm';
import { ErrorCode, type Role } from '@civic/contracts';
import { codeOf, dataOf, graphqlClient, serviceDatabaseUrl, type GraphQLClient, type GraphQLResult } from '@civic/testing';
import { AccountEntity } from '@civic/identity-data-access';
import { loadIdentityConfig } from '../config';
import { AppModule } from './app.module';

/**
 * Roles with a scope, against the harness's PostgreSQL and Redis, the service connected as its
 * own database role (as in production): admins grant and revoke roles with a reason, every
 * change is kept in the append-only history (the service's role may not rewrite it), the last
 * admin stays, tokens follow at the next refresh, and a clerk runs residency and voter codes
 * in the counties of the grant only.
 */
const PASSWORD = 'correct horse battery staple';

let app: INestApplication;
let client: GraphQLClient;
let dataSource: DataSource;
let passwordHash: string;

function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
  return client<T>(query, variables, { token, headers: { 'x-forwarded-for': '10.12.0.1' } });
}

interface TestAccount {
  id: string;
  email: string;
  token: string;
  refreshToken: string;
}

async function createAccount(roles: Role[] = ['resident'], clerkOf: string[] = []): Promise<TestAccount> {
  const id = randomUUID();
  const email = `rg-${id}@example.test`;
  await dataSource.getRepository(AccountEntity).insert({ id, email, displayName: 'Test Person', passwordHash, roles, clerkOf, emailVerifiedAt: new Date() });
  const signIn = await gql<{ signIn: { accessToken: string; refreshToken: string } }>(
    `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { accessToken refreshToken } }`,
    { email, password: PASSWORD },
  );
  const { accessToken, refreshToken } = dataOf(signIn).signIn;
  return { id, email, token: accessToken, refreshToken };
}

/** A new token pair through refreshSession (identity reads the account again). */
async function refresh(account: TestAccount): Promise<TestAccount> {
  const result = await gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(
    `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`,
    { token: account.refreshToken },
  );
  const { accessToken, refreshToken } = dataOf(result).refreshSession;
  return { ...account, token: accessToken, refreshToken };
}

const GRANT = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id roles clerkOf } }`;
const REVOKE = `mutation ($input: RevokeRoleInput!) { revokeRole(input: $input) { id roles clerkOf } }`;
const HISTORY = `query ($id: ID!) {
  roleHistory(accountId: $id) { totalCount edges { node { accountId action role counties reason changedAt changedBy { id } } } }
}`;
type Holding = { id: string; roles: string[]; clerkOf: string[] };
type History = {
  roleHistory: {
    totalCount: number;
    edges: Array<{ node: { accountId: string; action: string; role: string; counties: string[]; reason: string; changedBy: { id: string } | null } }>;
  };
};
const VERIFY = `mutation ($input: VerifyResidencyInput!) { verifyResidency(input: $input) { id residency { status jurisdiction { code } } } }`;
const REVOKE_RESIDENCY = `mutation ($id: ID!) { revokeResidency(input: { accountId: $id }) { id } }`;

const verifyIn = (accountId: string, county: string, token: string) =>
  gql(VERIFY, { input: { accountId, jurisdictionCode: county, method: 'STAFF_IN_PERSON' } }, token);

let admin: TestAccount;

beforeAll(async () => {
  const config = loadIdentityConfig({
    ...process.env,
    // As its own database role, like every in-process app of the harness.
    DATABASE_URL: serviceDatabaseUrl('identity'),
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: '60000',
    SIGN_IN_THROTTLE_MAX_FAILURES_PER_IP: '100000',
  });
  app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.listen(0, '127.0.0.1');
  client = graphqlClient(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
  dataSource = app.get<DataSource>(getDataSourceToken());
  passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 });
  admin = await createAccount(['resident', 'admin']);
});

afterAll(async () => {
  await app?.close();
});

describe('granting and revoking roles', () => {
  it('is for admins only: anonymous UNAUTHENTICATED; residents, staff, clerks and observers FORBIDDEN', async () => {
    const target = await createAccount();
    const input = { accountId: target.id, role: 'STAFF', reason: 'new hire' };
    expect(codeOf(await gql(GRANT, { input }))).toBe(ErrorCode.UNAUTHENTICATED);
    for (const roles of [['resident'], ['staff'], ['resident', 'clerk'], ['resident', 'observer'], ['resident', 'board']] as Role[][]) {
      const caller = await createAccount(roles, roles.includes('clerk') ? ['55025'] : []);
      expect(codeOf(await gql(GRANT, { input }, caller.token))).toBe(ErrorCode.FORBIDDEN);
      expect(codeOf(await gql(REVOKE, { input }, caller.token))).toBe(ErrorCode.FORBIDDEN);
    }
    const [row] = (await dataSource.query(`SELECT roles FROM identity.account WHERE id = $1`, [target.id])) as Array<{ roles: string[] }>;
    expect(row?.roles).toEqual(['resident']);
  });

  it('grants with a reason, adds a clerk’s counties, revokes them one by one, and keeps every change in the history', async () => {
    const target = await createAccount();
    const grant = (role: string, counties: string[] | undefined, reason: string) =>
      gql<{ grantRole: Holding }>(GRANT, { input: { accountId: target.id, role, counties, reason } }, admin.token);
    expect(dataOf(await grant('CLERK', ['55025'], 'clerk of Dane')).grantRole).toEqual({ id: target.id, roles: ['RESIDENT', 'CLERK'], clerkOf: ['55025'] });
    expect(dataOf(await grant('CLERK', [' 55001', '55025'], 'also Adams')).grantRole.clerkOf).toEqual(['55001', '55025']);
    // Already held: nothing changes, nothing is recorded.
    expect(dataOf(await grant('CLERK', ['55001'], 'again')).grantRole.clerkOf).toEqual(['55001', '55025']);
    expect(dataOf(await grant('OBSERVER', undefined, 'audit office')).grantRole.roles).toEqual(['RESIDENT', 'CLERK', 'OBSERVER']);

    const revoke = (role: string, counties: string[] | undefined, reason: string) =>
      gql<{ revokeRole: Holding }>(REVOKE, { input: { accountId: target.id, role, counties, reason } }, admin.token);
    expect(dataOf(await revoke('CLERK', ['55001'], 'left Adams')).revokeRole).toEqual({
      id: target.id,
      roles: ['RESIDENT', 'CLERK', 'OBSERVER'],
      clerkOf: ['55025'],
    });
    expect(dataOf(await revoke('CLERK', ['55025'], 'left Dane')).revokeRole).toEqual({ id: target.id, roles: ['RESIDENT', 'OBSERVER'], clerkOf: [] });
    // Not held any more: CONFLICT, nothing recorded.
    expect(codeOf(await revoke('CLERK', undefined, 'again'))).toBe(ErrorCode.CONFLICT);

    const history = dataOf(await gql<History>(HISTORY, { id: target.id }, admin.token)).roleHistory;
    expect(history.totalCount).toBe(5);
    expect(history.edges.map(({ node }) => [node.action, node.role, node.counties, node.reason])).toEqual(
      expect.arrayContaining([
        ['GRANT', 'CLERK', ['55025'], 'clerk of Dane'],
        ['GRANT', 'CLERK', ['55001'], 'also Adams'],
        ['GRANT', 'OBSERVER', [], 'audit office'],
        ['REVOKE', 'CLERK', ['55001'], 'left Adams'],
        ['REVOKE', 'CLERK', ['55025'], 'left Dane'],
      ]),
    );
    for (const { node } of history.edges) expect(node).toMatchObject({ accountId: target.id, changedBy: { id: admin.id } });
  });

  it('refuses bad input naming the field, changing nothing', async () => {
    const target = await createAccount();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ role: 'CLERK', reason: 'no county' }, 'counties'],
      [{ role: 'CLERK', counties: [], reason: 'no county' }, 'counties'],
      [{ role: 'CLERK', counties: ['55025', 'not a code'], reason: 'typo' }, 'counties'],
      [{ role: 'STAFF', counties: ['55025'], reason: 'staff are congress-wide' }, 'counties'],
      [{ role: 'STAFF', reason: '   ' }, 'reason'],
      [{ role: 'STAFF', reason: 'x'.repeat(501) }, 'reason'],
    ];
    for (const [input, field] of cases) {
      const result = await gql(GRANT, { input: { accountId: target.id, ...input } }, admin.token);
      expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(result.errors?.[0]?.extensions).toMatchObject({ field });
    }
    expect(codeOf(await gql(GRANT, { input: { accountId: 'nope', role: 'STAFF', reason: 'r' } }, admin.token))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await gql(GRANT, { input: { accountId: randomUUID(), role: 'STAFF', reason: 'r' } }, admin.token))).toBe(ErrorCode.NOT_FOUND);
    // RESIDENT is not grantable: the schema's enum refuses it.
    expect(codeOf(await gql(GRANT, { input: { accountId: target.id, role: 'RESIDENT', reason: 'r' } }, admin.token))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(dataOf(await gql<History>(HISTORY, { id: target.id }, admin.token)).roleHistory.totalCount).toBe(0);
  });

  it('shows the history to admins and observers only, and roles to the account, staff, admins and observers', async () => {
    const target = await createAccount(['resident', 'clerk'], ['55025']);
    const observer = await createAccount(['resident', 'observer']);
    const staff = await createAccount(['staff']);
    const resident = await createAccount();
    expect(codeOf(await gql(HISTORY, { id: target.id }))).toBe(ErrorCode.UNAUTHENTICATED);
    for (const caller of [staff, resident, target]) expect(codeOf(await gql(HISTORY, { id: target.id }, caller.token))).toBe(ErrorCode.FORBIDDEN);
    expect(dataOf(await gql<History>(HISTORY, { id: target.id }, observer.token)).roleHistory.totalCount).toBe(0);

    const read = async (token?: string) =>
      dataOf(
        await gql<{ _entities: Array<{ roles: string[] | null; clerkOf: string[] | null; email: string | null }> }>(
          `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Account { roles clerkOf email } } }`,
          { reps: [{ __typename: 'Account', id: target.id }] },
          token,
        ),
      )._entities[0];
    const visible = { roles: ['RESIDENT', 'CLERK'], clerkOf: ['55025'] };
    for (const caller of [target, staff, admin]) expect(await read(caller.token)).toMatchObject(visible);
    // Observers read roles, not the private email.
    expect(await read(observer.token)).toEqual({ ...visible, email: null });
    expect(await read(resident.token)).toEqual({ roles: null, clerkOf: null, email: null });
    expect(await read()).toEqual({ roles: null, clerkOf: null, email: null });
  });

  it('keeps the history append-only: the service’s own database role may not update or delete it', async () => {
    const target = await createAccount();
    dataOf(await gql(GRANT, { input: { accountId: target.id, role: 'BOARD', reason: 'appointed' } }, admin.token));
    const [who] = (await dataSource.query(`SELECT current_user AS role`)) as Array<{ role: string }>;
    expect(who?.role).toBe('civic_identity');
    await expect(dataSource.query(`UPDATE identity.role_change SET reason = 'rewritten' WHERE account_id = $1`, [target.id])).rejects.toThrow(
      /permission denied for table role_change/,
    );
    await expect(dataSource.query(`DELETE FROM identity.role_change WHERE account_id = $1`, [target.id])).rejects.toThrow(
      /permission denied for table role_change/,
    );
    await expect(dataSource.query(`TRUNCATE identity.role_change`)).rejects.toThrow(/permission denied for table role_change/);
    const rows = (await dataSource.query(`SELECT reason FROM identity.role_change WHERE account_id = $1`, [target.id])) as Array<{ reason: string }>;
    expect(rows).toEqual([{ reason: 'appointed' }]);
  });

  it('never revokes the last admin (CONFLICT)', async () => {
    // Files run one at a time and only this one makes admins: leave a single one.
    const last = await createAccount(['resident', 'admin']);
    await dataSource.query(`UPDATE identity.account SET roles = array_remove(roles, 'admin') WHERE 'admin' = ANY(roles) AND id <> $1`, [last.id]);
    const result = await gql(REVOKE, { input: { accountId: last.id, role: 'ADMIN', reason: 'stepping down' } }, last.token);
    expect(codeOf(result)).toBe(ErrorCode.CONFLICT);
    expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'last-admin' });

    // With a second admin, the first may step down; the second is then the last.
    const second = await createAccount();
    dataOf(await gql(GRANT, { input: { accountId: second.id, role: 'ADMIN', reason: 'successor' } }, last.token));
    expect(
      dataOf(await gql<{ revokeRole: Holding }>(REVOKE, { input: { accountId: last.id, role: 'ADMIN', reason: 'stepping down' } }, last.token)).revokeRole
        .roles,
    ).toEqual(['RESIDENT']);
    const refreshedSecond = await refresh(second);
    expect(codeOf(await gql(REVOKE, { input: { accountId: second.id, role: 'ADMIN', reason: 'me too' } }, refreshedSecond.token))).toBe(ErrorCode.CONFLICT);
    admin = refreshedSecond;
  });
});

describe('tokens follow the grants at the next refresh', () => {
  it('carries the clerk role and counties after a grant, and loses them after the revoke', async () => {
    let clerk = await createAccount();
    const resident = await createAccount();
    expect(decodeJwt(clerk.token)).not.toHaveProperty('clerkOf');
    dataOf(await gql(GRANT, { input: { accountId: clerk.id, role: 'CLERK', counties: ['55025'], reason: 'county clerk' } }, admin.token));
    // The token in hand is unchanged until the refresh.
    expect(codeOf(await verifyIn(resident.id, '55025', clerk.token))).toBe(ErrorCode.FORBIDDEN);

    clerk = await refresh(clerk);
    expect(decodeJwt(clerk.token)).toMatchObject({ roles: ['clerk', 'resident'], clerkOf: ['55025'] });
    expect(codeOf(await verifyIn(resident.id, '55001', clerk.token))).toBe(ErrorCode.FORBIDDEN);
    expect(dataOf(await verifyIn(resident.id, '55025', clerk.token))).toMatchObject({ verifyResidency: { id: resident.id } });
    expect(await dataSource.query(`SELECT residency_status, residency_jurisdiction_code FROM identity.account WHERE id = $1`, [resident.id])).toEqual([
      { residency_status: 'verified', residency_jurisdiction_code: '55025' },
    ]);

    dataOf(await gql(REVOKE, { input: { accountId: clerk.id, role: 'CLERK', reason: 'term over' } }, admin.token));
    clerk = await refresh(clerk);
    const claims = decodeJwt(clerk.token);
    expect(claims['roles']).toEqual(['resident']);
    expect(claims).not.toHaveProperty('clerkOf');
    expect(codeOf(await verifyIn(resident.id, '55025', clerk.token))).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('a clerk works in the counties of the grant only', () => {
  it('verifies and revokes residencies there, FORBIDDEN elsewhere', async () => {
    const clerk = await createAccount(['resident', 'clerk'], ['55025']);
    const staff = await createAccount(['staff']);
    const [dane, adams] = [await createAccount(), await createAccount()];

    expect(codeOf(await verifyIn(adams.id, '55001', clerk.token))).toBe(ErrorCode.FORBIDDEN);
    dataOf(await verifyIn(dane.id, '55025', clerk.token));
    dataOf(await verifyIn(adams.id, '55001', staff.token));

    // Revoking looks at where the residency is, not where the clerk says.
    expect(codeOf(await gql(REVOKE_RESIDENCY, { id: adams.id }, clerk.token))).toBe(ErrorCode.FORBIDDEN);
    dataOf(await gql(REVOKE_RESIDENCY, { id: dane.id }, clerk.token));
    const rows = (await dataSource.query(`SELECT id, residency_status FROM identity.account WHERE id = ANY($1) ORDER BY residency_status`, [
      [dane.id, adams.id],
    ])) as Array<{
      id: string;
      residency_status: string;
    }>;
    expect(rows).toEqual([
      { id: dane.id, residency_status: 'revoked' },
      { id: adams.id, residency_status: 'verified' },
    ]);
  });

  it('issues voter codes for roll entries of their county only; the voter-roll import stays congress-wide', async () => {
    const clerk = await createAccount(['resident', 'clerk'], ['55025']);
    const staff = await createAccount(['staff']);
    const run = randomUUID();
    const csv = [
      'voter_id,first_name,last_name,email,jurisdiction_code',
      `DANE-${run},Ann,Smith,ann-${run}@example.test,55025`,
      `ADAMS-${run},Bo,Lee,bo-${run}@example.test,55001`,
    ].join('\n');
    const IMPORT = `mutation ($input: ImportVoterRollInput!) { importVoterRoll(input: $input) { accepted } }`;
    expect(codeOf(await gql(IMPORT, { input: { csv } }, clerk.token))).toBe(ErrorCode.FORBIDDEN);
    expect(dataOf(await gql<{ importVoterRoll: { accepted: number } }>(IMPORT, { input: { csv } }, staff.token)).importVoterRoll.accepted).toBe(2);

    const ISSUE = `mutation ($voterId: String!) { issueVoterCode(input: { voterId: $voterId }) { voterId jurisdictionCode } }`;
    expect(codeOf(await gql(ISSUE, { voterId: `ADAMS-${run}` }, clerk.token))).toBe(ErrorCode.FORBIDDEN);
    expect(dataOf(await gql(ISSUE, { voterId: `DANE-${run}` }, clerk.token))).toEqual({
      issueVoterCode: { voterId: `DANE-${run}`, jurisdictionCode: '55025' },
    });
    const codes = (await dataSource.query(
      `SELECT e.voter_id FROM identity.voter_code c JOIN identity.voter_roll_entry e ON e.id = c.roll_entry_id WHERE e.voter_id = ANY($1)`,
      [[`DANE-${run}`, `ADAMS-${run}`]],
    )) as Array<{ voter_id: string }>;
    expect(codes).toEqual([{ voter_id: `DANE-${run}` }]);
  });
});
