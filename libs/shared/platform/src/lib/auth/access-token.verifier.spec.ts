import { UnauthorizedException } from '@nestjs/common';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { AccessTokenVerifier } from './access-token.verifier';

const issuer = 'civic-congress';
const audience = 'civic-congress';

async function signingKey(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  return { privateKey, jwk, kid };
}

function token(key: { privateKey: KeyLike | Uint8Array; kid: string }, claims: Record<string, unknown> = {}, expiresAt: string | number = '5m') {
  return new SignJWT({ roles: ['staff', 'not-a-role'], ...claims })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid })
    .setSubject('account-1')
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setJti('token-1')
    .setExpirationTime(expiresAt)
    .sign(key.privateKey);
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('AccessTokenVerifier', () => {
  let trusted: Awaited<ReturnType<typeof signingKey>>;
  let verifier: AccessTokenVerifier;

  beforeAll(async () => {
    trusted = await signingKey('trusted');
    verifier = new AccessTokenVerifier({ issuer, audience, keys: createLocalJWKSet({ keys: [trusted.jwk] }) });
  });

  it('accepts a token signed by a published key and keeps only known roles', async () => {
    await expect(verifier.verify(await token(trusted))).resolves.toEqual({ accountId: 'account-1', roles: ['staff'], tokenId: 'token-1', clerkOf: [] });
  });

  it('reads the counties a clerk serves from the clerkOf claim, keeping only strings', async () => {
    const clerk = await verifier.verify(await token(trusted, { roles: ['resident', 'clerk'], clerkOf: ['55025', 7, '55001'] }));
    expect(clerk).toMatchObject({ roles: ['resident', 'clerk'], clerkOf: ['55025', '55001'] });
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: 'account-1', roles: ['admin'], iss: issuer, aud: audience, iat: 1, exp: 4_102_444_800 })}.`;
    await expect(verifier.verify(unsigned)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('refuses a token signed with a key that is not published, even with a trusted kid', async () => {
    const forger = await signingKey('trusted');
    await expect(verifier.verify(await token(forger))).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await token(trusted, {}, now - 60);
    await expect(verifier.verify(expired)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('refuses a token for another audience and garbage', async () => {
    const other = new AccessTokenVerifier({ issuer, audience: 'someone-else', keys: createLocalJWKSet({ keys: [trusted.jwk] }) });
    await expect(other.verify(await token(trusted))).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(verifier.verify('not.a.token')).rejects.toBeInstanceOf(UnauthorizedException);
  });
});
