import { isIP } from 'node:net';

export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string | undefined };
}

/**
 * The caller's address for throttling. Behind the gateway every request comes from the
 * gateway, so the left-most X-Forwarded-For entry is used when the deployment says the
 * service is only reachable through a proxy that sets it.
 */
export function clientIpOf(request: RequestLike | undefined, trustForwardedFor: boolean): string {
  const socketAddress = request?.socket?.remoteAddress ?? 'unknown';
  if (!request || !trustForwardedFor) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
  return first && isIP(first) ? first : socketAddress;
}
