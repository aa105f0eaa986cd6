import { isStoredInClear, openPrivateJwk, sealPrivateJwk } from './private-key-codec';

const jwk = { kty: 'OKP', crv: 'Ed25519', d: 'secret-part', x: 'public-part' };

describe('private key codec', () => {
  it('round-trips with and without a secret', () => {
    expect(openPrivateJwk(sealPrivateJwk(jwk, undefined), undefined)).toEqual(jwk);
    const sealed = sealPrivateJwk(jwk, 'a long deployment secret');
    expect(sealed).not.toContain('secret-part');
    expect(openPrivateJwk(sealed, 'a long deployment secret')).toEqual(jwk);
  });

  it('refuses the wrong secret or a missing one', () => {
    const sealed = sealPrivateJwk(jwk, 'right');
    expect(() => openPrivateJwk(sealed, 'wrong')).toThrow();
    expect(() => openPrivateJwk(sealed, undefined)).toThrow(/IDENTITY_KEY_ENCRYPTION_SECRET/);
  });

  it('tells a key stored in clear from a sealed one', () => {
    expect(isStoredInClear(sealPrivateJwk(jwk, undefined))).toBe(true);
    expect(isStoredInClear(sealPrivateJwk(jwk, 'a long deployment secret'))).toBe(false);
  });
});
