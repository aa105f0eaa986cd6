import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { GatewayConfig } from './config';
import { GatewayModule, type GatewayModuleOptions } from './gateway.module';

/**
 * Creates the gateway application (not yet listening). Nest's own body parser is off:
 * the gateway's middleware parses with the configured size limit and answers refusals
 * in JSON. Used by main.ts and by the tests, so both run the same wiring.
 */
export async function createGatewayApp(config: GatewayConfig, options: GatewayModuleOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config, options), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  return app;
}
