import 'reflect-metadata';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';

export interface BootstrapOptions {
  port: number;
  host: string;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  bodyLimitBytes?: number;
}

/** Every service's HTTP server (tests boot services on the same one). */
export function serviceHttpAdapter(bodyLimitBytes = 1024 * 1024): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: bodyLimitBytes });
}

/**
 * Starts a service: JSON logs from the first line, a bounded request body, graceful
 * shutdown on SIGTERM/SIGINT (Nest closes the HTTP server, the database pool and the
 * queue connections in order). On Fastify rather than Express: the gateway calls a
 * subgraph for every operation, and Fastify's routing and body parsing cost less per
 * request (see `npm run bench`'s CPU per ballot).
 */
export async function bootstrapService(appModule: Type<unknown> | DynamicModule, options: BootstrapOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(appModule, serviceHttpAdapter(options.bodyLimitBytes), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.listen(options.port, options.host);
  app.get(Logger).log(`listening on http://${options.host}:${options.port}`);
  return app;
}

/**
 * Runs a service's `main`, turning a start-up failure into one readable line on stderr
 * and exit code 1 (a configuration error names the variable; no stack trace).
 */
/** Errors that describe a setup problem: their message says what to change; a stack would hide it. */
const OPERATOR_ERRORS = new Set(['ConfigError', 'UnsafeRedisError']);

export function runService(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? (OPERATOR_ERRORS.has(error.name) ? error.message : (error.stack ?? error.message)) : String(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
}
