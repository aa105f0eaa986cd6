import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Accepts a caller's request id when it looks like one, so ids follow a request across services. */
export function requestIdOf(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
  const id = candidate && /^[A-Za-z0-9._-]{8,128}$/.test(candidate) ? candidate : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/**
 * The path as the client sent it. Middleware mounted on a path may see `url` with that path
 * cut off (Fastify's middie, like Express's mounts); `originalUrl` keeps it.
 */
export function requestPath(req: IncomingMessage & { originalUrl?: string }): string {
  return req.originalUrl ?? req.url ?? '';
}

/** Health probes come every few seconds from orchestrators and the start script: not logged. */
export function isHealthProbe(req: IncomingMessage & { originalUrl?: string }): boolean {
  return requestPath(req).startsWith('/health');
}

/**
 * Structured JSON logs (pino) with the request id on every line written while handling
 * a request. Credentials never reach the log.
 */
@Module({})
export class LoggingModule {
  static forRoot(options: { service: string; level: string }): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            name: options.service,
            level: options.level,
            genReqId: requestIdOf,
            customAttributeKeys: { reqId: 'requestId' },
            redact: {
              paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
              remove: true,
            },
            autoLogging: { ignore: isHealthProbe },
            serializers: {
              // pino's request serializer already reports originalUrl as url.
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
            },
          },
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
