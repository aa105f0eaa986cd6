import { ConfigError } from '@civic/util';
import { loadWorkerConfig } from './config';

const base = { DATABASE_URL: 'postgres://localhost/civic', REDIS_URL: 'redis://localhost:6379' };

describe('worker configuration', () => {
  it('reads SMTP_URL as a URL, and an empty one (compose without it) as unset', () => {
    expect(loadWorkerConfig({ ...base, SMTP_URL: 'smtp://user:pass@smtp.example.org:587' }).SMTP_URL).toBe('smtp://user:pass@smtp.example.org:587');
    expect(loadWorkerConfig({ ...base, SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(loadWorkerConfig(base).MAIL_FROM).toMatch(/^Civic Congress </);
    expect(() => loadWorkerConfig({ ...base, SMTP_URL: 'not a url' })).toThrow(ConfigError);
  });
});
