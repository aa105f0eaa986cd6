import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { DEMO_ACCOUNTS, ErrorCode } from '@civic/contracts';
import { codeOf, gql, must, signIn } from '../support';

/**
 * Roles with a scope through the gateway: the demo admin makes a newcomer clerk of one county,
 * the clerk verifies a residency there and is FORBIDDEN in another; after the revoke and a
 * refresh the clerk is FORBIDDEN everywhere. The demo accounts cover every role.
 */
const PASSWORD = 'a long enough passphrase';
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken refreshToken account { id } } }`;
const VERIFY = `mutation ($input: VerifyResidencyInput!) { verifyResidency(input: $input) { id email residency { status jurisdiction { code } } } }`;
const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;

async function register(name: string): Promise<{ id: string; accessToken: string; refreshToken: string }> {
  const { register: session } = await must<{ register: { accessToken: string; refreshToken: string; account: { id: string } } }>(REGISTER, {
    input: { email: `${name}-${randomUUID()}@example.test`, displayName: name, password: PASSWORD },
  });
  return { id: session.account.id, accessToken: session.accessToken, refreshToken: session.refreshToken };
}

describe('roles with a scope, through the gateway', () => {
  it('a clerk granted one county verifies residencies there only, and loses the role at the next refresh after the revoke', async () => {
    const admin = (await signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)).accessToken;
    const clerk = await register('clerk');
    const [dane, adams] = [await register('dane'), await register('adams')];

    const { grantRole } = await must<{ grantRole: { roles: string[]; clerkOf: string[] } }>(
      `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { roles clerkOf } }`,
      { input: { accountId: clerk.id, role: 'CLERK', counties: ['55025'], reason: 'county clerk of Dane' } },
      admin,
    );
    expect(grantRole).toEqual({ roles: ['RESIDENT', 'CLERK'], clerkOf: ['55025'] });

    // The clerk signs in again (a refresh would do too): the new token names the county.
    const session = await must<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, { token: clerk.refreshToken });
    const clerkToken = session.refreshSession.accessToken;
    expect(decodeJwt(clerkToken)).toMatchObject({ clerkOf: ['55025'] });

    const verify = (accountId: string, county: string, token: string) =>
      gql(VERIFY, { input: { accountId, jurisdictionCode: county, method: 'STAFF_IN_PERSON' } }, { token });
    const verified = await verify(dane.id, '55025', clerkToken);
    expect(verified.body.errors).toBeUndefined();
    // The clerk sees the residency they verified, not the person's email.
    expect(verified.body.data).toEqual({ verifyResidency: { id: dane.id, email: null, residency: { status: 'VERIFIED', jurisdiction: { code: '55025' } } } });
    expect(codeOf((await verify(adams.id, '55001', clerkToken)).body)).toBe(ErrorCode.FORBIDDEN);

    await must(
      `mutation ($input: RevokeRoleInput!) { revokeRole(input: $input) { roles } }`,
      { input: { accountId: clerk.id, role: 'CLERK', reason: 'term over' } },
      admin,
    );
    const { roleHistory } = await must<{ roleHistory: { edges: Array<{ node: { action: string; reason: string } }> } }>(
      `query ($id: ID!) { roleHistory(accountId: $id) { edges { node { action reason } } } }`,
      { id: clerk.id },
      admin,
    );
    expect(roleHistory.edges.map(({ node }) => node).sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { action: 'GRANT', reason: 'county clerk of Dane' },
      { action: 'REVOKE', reason: 'term over' },
    ]);

    const after = await must<{ refreshSession: { accessToken: string } }>(REFRESH, { token: session.refreshSession.refreshToken });
    expect(decodeJwt(after.refreshSession.accessToken)).not.toHaveProperty('clerkOf');
    expect(codeOf((await verify(dane.id, '55025', after.refreshSession.accessToken)).body)).toBe(ErrorCode.FORBIDDEN);
  });

  it('has a demo account for every role, the clerk’s grant of Dane County in its token and its history', async () => {
    const admin = (await signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)).accessToken;
    const expected = [
      [DEMO_ACCOUNTS.clerk, ['RESIDENT', 'CLERK'], ['55025']],
      [DEMO_ACCOUNTS.board, ['RESIDENT', 'BOARD'], []],
      [DEMO_ACCOUNTS.observer, ['RESIDENT', 'OBSERVER'], []],
    ] as const;
    for (const [account, roles, clerkOf] of expected) {
      const { accessToken } = await signIn(account.email, account.password);
      const { me } = await must<{ me: { id: string; roles: string[]; clerkOf: string[] } }>('{ me { id roles clerkOf } }', {}, accessToken);
      expect(me).toMatchObject({ roles, clerkOf });
      const { roleHistory } = await must<{ roleHistory: { edges: Array<{ node: { action: string; role: string; counties: string[]; reason: string } }> } }>(
        `query ($id: ID!) { roleHistory(accountId: $id) { edges { node { action role counties reason } } } }`,
        { id: me.id },
        admin,
      );
      expect(roleHistory.edges.map(({ node }) => node)).toEqual([{ action: 'GRANT', role: roles[1], counties: clerkOf, reason: 'demo' }]);
    }
    const clerk = await signIn(DEMO_ACCOUNTS.clerk.email, DEMO_ACCOUNTS.clerk.password);
    expect(decodeJwt(clerk.accessToken)).toMatchObject({ roles: ['clerk', 'resident'], clerkOf: ['55025'] });
  });
});
