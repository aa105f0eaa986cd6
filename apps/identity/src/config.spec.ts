import { ConfigError } from '@civic/util';
import { loadIdentityConfig } from './config';

const base = { DATABASE_URL: 'postgres://localhost/civic', REDIS_URL: 'redis://localhost:6379' };

describe('identity configuration', () => {
  it('refuses to start in production without the secret that encrypts the signing key, naming the variable', () => {
    expect(() => loadIdentityConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadIdentityConfig({ ...base, NODE_ENV: 'production' })).toThrow(/IDENTITY_KEY_ENCRYPTION_SECRET: is required when NODE_ENV=production/);
  });

  it('starts in production with the secret, and in development without it', () => {
    const secret = 'a-long-random-deployment-secret';
    expect(loadIdentityConfig({ ...base, NODE_ENV: 'production', IDENTITY_KEY_ENCRYPTION_SECRET: secret }).IDENTITY_KEY_ENCRYPTION_SECRET).toBe(secret);
    expect(loadIdentityConfig({ ...base, NODE_ENV: 'development' }).IDENTITY_KEY_ENCRYPTION_SECRET).toBeUndefined();
  });
});
