import type { IncomingMessage } from 'node:http';
import { isHealthProbe, requestPath } from './logging.module';

const request = (fields: { url?: string; originalUrl?: string }) => fields as IncomingMessage & { originalUrl?: string };

describe('request logging', () => {
  it('reads the path the client sent, also where a mount cut it from url', () => {
    expect(requestPath(request({ url: '/graphql' }))).toBe('/graphql');
    expect(requestPath(request({ url: '/', originalUrl: '/health/live' }))).toBe('/health/live');
  });

  it('leaves health probes out, whichever way the path arrives, and logs everything else', () => {
    expect(isHealthProbe(request({ url: '/health/ready' }))).toBe(true);
    expect(isHealthProbe(request({ url: '/', originalUrl: '/health/live' }))).toBe(true);
    expect(isHealthProbe(request({ url: '/graphql' }))).toBe(false);
    expect(isHealthProbe(request({ url: '/health', originalUrl: '/graphql' }))).toBe(false);
  });
});
