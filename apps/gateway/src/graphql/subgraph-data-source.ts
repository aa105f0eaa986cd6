import { Agent, type IncomingHttpHeaders } from 'node:http';
import nodeFetch from 'node-fetch';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@civic/platform';

/** What the gateway keeps from the incoming HTTP request for its subgraph calls. */
export interface GatewayContext extends Record<string, unknown> {
  authorization?: string;
  requestId?: string;
  /** The caller's address, so identity can throttle sign-ins per client, not per gateway. */
  clientAddress?: string;
}

/** Builds the per-request context from the Express request (and the id pino-http gave it). */
export function gatewayContextOf(req: { headers: IncomingHttpHeaders; id?: unknown; socket?: { remoteAddress?: string | undefined } }): GatewayContext {
  const authorization = req.headers.authorization;
  const requestId = typeof req.id === 'string' ? req.id : undefined;
  // The gateway is the edge: the TCP peer is the client. A client-sent X-Forwarded-For is
  // not trusted, so nobody can spread their sign-in attempts over invented addresses.
  const clientAddress = req.socket?.remoteAddress;
  return {
    ...(authorization ? { authorization } : {}),
    ...(requestId ? { requestId } : {}),
    ...(clientAddress ? { clientAddress } : {}),
  };
}

/**
 * Picks the URL the gateway calls for a subgraph. The committed supergraph records the
 * development URLs; the running configuration decides. An unknown name is an error
 * because it means the supergraph and the configuration disagree.
 */
export function resolveSubgraphUrl(name: string, configured: Record<string, string>): string {
  const url = configured[name];
  if (!url) {
    throw new Error(`The supergraph names a subgraph "${name}" that the gateway has no URL for (known: ${Object.keys(configured).join(', ')}).`);
  }
  return url;
}

/**
 * Calls one subgraph. Every subgraph verifies access tokens itself, so the caller's
 * `authorization` header travels with each subgraph request, and so does the request id,
 * so that one request can be followed through every service's logs, and the caller's
 * address (as X-Forwarded-For).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.clientAddress) headers.set('x-forwarded-for', context.clientAddress);
  }
}

/**
 * Subgraph connections stay open between requests. The timeout matters: with one, Node
 * drops an idle socket a second before the server's announced keep-alive timeout (5 s for
 * Node servers); without one, it keeps idle sockets forever and now and then sends a
 * request down a socket the server is closing (ECONNRESET). Node's own global agent is
 * configured the same way.
 */
const subgraphAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5_000 });

/**
 * node-fetch over a keep-alive agent for subgraph calls. Apollo's default fetcher,
 * make-fetch-happen, is built for npm's HTTP cache: its agent inspects a fresh Error's
 * stack on every request to tell http from https, and with source maps installed that
 * costs more than the rest of the call. Gateway CPU per ballot in the surge of `npm run
 * bench`, profiled: Node's fetch (undici) needs 0.77 of make-fetch-happen's, node-fetch
 * with this agent 0.65. Subgraph responses are never HTTP-cached anyway.
 */
export const subgraphFetcher: RemoteGraphQLDataSource['fetcher'] = (url, init) => nodeFetch(url, { ...init, agent: subgraphAgent });

export function buildSubgraphService(configured: Record<string, string>) {
  return ({ name }: { name: string; url?: string }) => new SubgraphDataSource({ url: resolveSubgraphUrl(name, configured), fetcher: subgraphFetcher });
}
