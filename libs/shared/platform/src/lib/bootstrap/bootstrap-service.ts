import 'reflect-metadata';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

export interface BootstrapOptions {
  port: number;
  host: string;
  /** Largest request body accepted, e.g. '1mb'. */
  bodyLimit?: string;
}

/**
 * Starts a service: JSON logs from the first line, a bounded request body, graceful
 * shutdown on SIGTERM/SIGINT (Nest closes the HTTP server, the database pool and the
 * queue connections in order).
 */
export async function bootstrapService(
  appModule: Type<unknown> | DynamicModule,
  options: BootstrapOptions,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: options.bodyLimit ?? '1mb' });
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
