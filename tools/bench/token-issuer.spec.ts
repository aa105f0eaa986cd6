import { createRemoteJWKSet, jwtVerify } from 'jose';
import { BenchTokenIssuer } from './token-issuer';

describe('BenchTokenIssuer', () => {
  let issuer: BenchTokenIssuer;
  beforeAll(async () => {
    issuer = await BenchTokenIssuer.start();
  });
  afterAll(() => issuer.stop());

  it('signs tokens that verify against the JWKS it serves, with the claims services read', async () => {
    const token = issuer.sign({ accountId: '00000000-0000-4000-8000-000000000001', roles: ['resident'] });
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(issuer.jwksUrl)), { issuer: issuer.issuer, audience: issuer.audience });
    expect(payload).toMatchObject({ sub: '00000000-0000-4000-8000-000000000001', roles: ['resident'], name: 'Bench Resident' });
    expect(payload.exp! - payload.iat!).toBe(3_600);
  });
});
