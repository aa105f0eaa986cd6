import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { HeaderMap } from '@apollo/server';
import { SubgraphDataSource, buildSubgraphService, gatewayContextOf, resolveSubgraphUrl, type GatewayContext } from './subgraph-data-source';

const configured = { identity: 'http://identity:4001/graphql', voting: 'http://voting:4004/graphql' };

describe('subgraph URL remapping', () => {
  it('uses the configured URL, not the one recorded in the supergraph', () => {
    expect(resolveSubgraphUrl('identity', configured)).toBe('http://identity:4001/graphql');
    const service = buildSubgraphService(configured)({ name: 'voting', url: 'http://127.0.0.1:4004/graphql' });
    expect(service).toBeInstanceOf(SubgraphDataSource);
    expect((service as SubgraphDataSource).url).toBe('http://voting:4004/graphql');
  });

  it('refuses a subgraph the configuration does not know', () => {
    expect(() => resolveSubgraphUrl('billing', configured)).toThrow(/"billing".*known: identity, voting/);
  });
});

describe('credential forwarding', () => {
  function send(context: GatewayContext): HeaderMap {
    const headers = new HeaderMap();
    const source = new SubgraphDataSource({ url: configured.identity });
    // The request kind enum is not exported at run time; its value is what matters here.
    source.willSendRequest({
      kind: 'incoming operation',
      request: { query: '{ __typename }', http: { method: 'POST', url: configured.identity, headers } },
      context,
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
    return headers;
  }

  it('forwards the caller’s authorization header, request id and address', () => {
    const context = gatewayContextOf({
      headers: { authorization: 'Bearer abc', cookie: 'sid=1', 'x-forwarded-for': '6.6.6.6' },
      id: 'req-12345678',
      socket: { remoteAddress: '203.0.113.7' },
    });
    expect(context).toEqual({ authorization: 'Bearer abc', requestId: 'req-12345678', clientAddress: '203.0.113.7' });
    const headers = send(context);
    expect(headers.get('authorization')).toBe('Bearer abc');
    expect(headers.get('x-request-id')).toBe('req-12345678');
    expect(headers.get('x-forwarded-for')).toBe('203.0.113.7');
    expect(headers.get('cookie')).toBeUndefined();
  });

  it('sends no authorization header for an anonymous caller', () => {
    const headers = send(gatewayContextOf({ headers: {} }));
    expect(headers.has('authorization')).toBe(false);
    expect(headers.has('x-request-id')).toBe(false);
  });
});
