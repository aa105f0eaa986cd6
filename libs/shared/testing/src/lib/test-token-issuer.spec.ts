import { createRemoteJWKSet, jwtVerify } from 'jose';
import { TestTokenIssuer } from './test-token-issuer';

describe('TestTokenIssuer', () => {
  let issuer: TestTokenIssuer;
  beforeAll(async () => {
    issuer = await TestTokenIssuer.start();
  });
  afterAll(() => issuer.stop());

  it('signs tokens that verify against the JWKS it serves', async () => {
    const token = await issuer.sign({ accountId: 'a-1', roles: ['staff'] });
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(issuer.jwksUrl)), {
      issuer: issuer.issuer,
      audience: issuer.audience,
    });
    expect(payload).toMatchObject({ sub: 'a-1', roles: ['staff'] });
  });

  it('can issue an already expired token', async () => {
    const token = await issuer.sign({ expiresInSeconds: -60 });
    await expect(jwtVerify(token, createRemoteJWKSet(new URL(issuer.jwksUrl)))).rejects.toThrow(/exp/);
  });
});
