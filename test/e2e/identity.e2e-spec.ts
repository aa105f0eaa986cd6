import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT, decodeProtectedHeader } from 'jose';
import { DEMO_ACCOUNTS, demoResidentEmail, ErrorCode } from '@civic/contracts';
import { gql, signIn } from '../support';

/** Identity through the gateway: demo sign-in, forged and expired tokens, a cross-subgraph read. */
const ME = '{ me { id } }';

async function forgedToken(kid: string, options: { expired?: boolean } = {}): Promise<string> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: ['admin'] })
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .setSubject(randomUUID())
    .setIssuer('civic-congress')
    .setAudience('civic-congress')
    .setIssuedAt(now - 3600)
    .setJti(randomUUID())
    .setExpirationTime(options.expired ? now - 60 : now + 600)
    .sign(privateKey);
}

describe('identity through the gateway', () => {
  it('signs in the demo staff account, whose token carries the staff role', async () => {
    const { accessToken } = await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password);
    const { body } = await gql<{ me: { email: string; roles: string[] } }>('{ me { email roles } }', {}, { token: accessToken });
    expect(body.data?.me).toEqual({ email: DEMO_ACCOUNTS.staff.email, roles: ['STAFF'] });
  });

  it('refuses forged, unsigned and expired tokens with UNAUTHENTICATED', async () => {
    const { accessToken } = await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password);
    const { kid = 'unknown' } = decodeProtectedHeader(accessToken);
    const [, payload] = accessToken.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const tampered = `${accessToken.slice(0, -4)}${accessToken.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    for (const token of [await forgedToken(kid), await forgedToken(kid, { expired: true }), unsigned, tampered]) {
      const { body } = await gql(ME, {}, { token });
      expect(body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
      expect(body.data?.['me'] ?? null).toBeNull();
    }
  });

  it('answers a wrong password like an unknown email', async () => {
    const wrong = await gql('mutation { signIn(input: { email: "staff@demo.civic.test", password: "nope" }) { accessToken } }');
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('shows a demo resident their county, resolved by the assemblies service', async () => {
    const { accessToken } = await signIn(demoResidentEmail('55025', 1), DEMO_ACCOUNTS.residentPassword);
    const { body } = await gql<{ me: { id: string; residency: { status: string; method: string; jurisdiction: { code: string; name: string } } } }>(
      '{ me { id residency { status method jurisdiction { code name } } } }',
      {},
      { token: accessToken },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.me.residency).toEqual({
      status: 'VERIFIED',
      method: 'VOTER_ROLL',
      jurisdiction: { code: '55025', name: expect.stringMatching(/Dane/) as unknown as string },
    });
  });
});
