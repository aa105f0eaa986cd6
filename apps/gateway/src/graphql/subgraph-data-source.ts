import type { IncomingHttpHeaders } from 'node:http';
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
export function gatewayContextOf(req: {
  headers: IncomingHttpHeaders;
  id?: unknown;
  socket?: { remoteAddress?: string | undefined };
}): GatewayContext {
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

export function buildSubgraphService(configured: Record<string, string>) {
  return ({ name }: { name: string; url?: string }) => new SubgraphDataSource({ url: resolveSubgraphUrl(name, configured) });
}
