import { ConfigError } from '@civic/util';
import { loadGatewayConfig, subgraphUrls } from './config';

describe('gateway config', () => {
  it('defaults to the development ports and the documented limits', () => {
    const config = loadGatewayConfig({});
    expect(config.PORT).toBe(4000);
    expect(subgraphUrls(config)).toEqual({
      identity: 'http://127.0.0.1:4001/graphql',
      assemblies: 'http://127.0.0.1:4002/graphql',
      resolutions: 'http://127.0.0.1:4003/graphql',
      voting: 'http://127.0.0.1:4004/graphql',
    });
    expect(config).toMatchObject({ MAX_DEPTH: 12, MAX_ALIASES: 15, MAX_COST: 5000, BODY_LIMIT: '5mb' });
  });

  it('reads limits and URLs from the environment', () => {
    const config = loadGatewayConfig({ MAX_DEPTH: '8', VOTING_URL: 'http://voting:4004/graphql', BODY_LIMIT: '1mb' });
    expect(config.MAX_DEPTH).toBe(8);
    expect(config.BODY_LIMIT).toBe('1mb');
    expect(subgraphUrls(config)['voting']).toBe('http://voting:4004/graphql');
  });

  it('names every bad variable', () => {
    expect(() => loadGatewayConfig({ MAX_DEPTH: '0', IDENTITY_URL: 'not a url', BODY_LIMIT: 'lots' })).toThrow(ConfigError);
    try {
      loadGatewayConfig({ MAX_DEPTH: '0', IDENTITY_URL: 'not a url', BODY_LIMIT: 'lots' });
    } catch (error) {
      expect((error as Error).message).toMatch(/MAX_DEPTH/);
      expect((error as Error).message).toMatch(/IDENTITY_URL/);
      expect((error as Error).message).toMatch(/BODY_LIMIT/);
    }
  });
});
