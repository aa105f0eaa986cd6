import 'reflect-metadata';
import type { INestApplication, Type } from '@nestjs/common';
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
export async function bootstrapService(appModule: Type<unknown>, options: BootstrapOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: options.bodyLimit ?? '1mb' });
  app.enableShutdownHooks();
  await app.listen(options.port, options.host);
  app.get(Logger).log(`listening on http://${options.host}:${options.port}`);
  return app;
}
