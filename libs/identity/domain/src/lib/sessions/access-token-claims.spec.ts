import { accessTokenClaims } from './access-token-claims';

const settings = { issuer: 'civic-congress', audience: 'civic-congress', ttlSeconds: 900 };
const now = new Date('2026-04-13T18:00:00.900Z');

describe('accessTokenClaims', () => {
  it('carries subject, roles, issuer, audience, times in seconds and the token id', () => {
    const claims = accessTokenClaims({ accountId: 'a-1', roles: ['staff', 'resident', 'staff'] }, settings, now, 'j-1');
    const iat = Math.floor(now.getTime() / 1000);
    expect(claims).toEqual({
      sub: 'a-1',
      roles: ['resident', 'staff'],
      iss: 'civic-congress',
      aud: 'civic-congress',
      iat,
      exp: iat + 900,
      jti: 'j-1',
    });
  });

  it('carries a clerk’s counties, sorted, and no counties without the clerk role', () => {
    const clerk = accessTokenClaims({ accountId: 'a-1', roles: ['resident', 'clerk'], clerkOf: ['55025', '55001', '55025'] }, settings, now, 'j-1');
    expect(clerk).toMatchObject({ roles: ['clerk', 'resident'], clerkOf: ['55001', '55025'] });
    const former = accessTokenClaims({ accountId: 'a-1', roles: ['resident'], clerkOf: ['55025'] }, settings, now, 'j-1');
    expect(former).not.toHaveProperty('clerkOf');
  });

  it('refuses lifetimes that are too short or too long', () => {
    const subject = { accountId: 'a-1', roles: [] };
    expect(() => accessTokenClaims(subject, { ...settings, ttlSeconds: 5 }, now, 'j')).toThrow(RangeError);
    expect(() => accessTokenClaims(subject, { ...settings, ttlSeconds: 7 * 24 * 3600 }, now, 'j')).toThrow(RangeError);
  });
});
