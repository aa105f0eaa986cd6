import { z } from 'zod';
import { ConfigError, env, loadConfig } from './config';

describe('loadConfig', () => {
  const schema = z.object({ DATABASE_URL: env.url(), PORT: env.port(4000), VERBOSE: env.bool(false) });

  it('applies defaults and coerces values', () => {
    expect(loadConfig(schema, { DATABASE_URL: 'postgres://x@localhost/db', PORT: '4100' })).toEqual({
      DATABASE_URL: 'postgres://x@localhost/db',
      PORT: 4100,
      VERBOSE: false,
    });
  });

  it('names every invalid variable in one error', () => {
    expect(() => loadConfig(schema, { PORT: 'seventy' })).toThrow(ConfigError);
    expect(() => loadConfig(schema, { PORT: 'seventy' })).toThrow(/DATABASE_URL[\s\S]*PORT/);
  });
});
