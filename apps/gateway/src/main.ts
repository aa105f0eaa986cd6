import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { loadGatewayConfig } from './config';
import { createGatewayApp } from './gateway-app';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const app = await createGatewayApp(config);
  await app.listen(config.PORT, config.HOST);
  app.get(Logger).log(`gateway listening on http://${config.HOST}:${config.PORT}/graphql (explorer: /explorer)`);
}

main().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): stderr is the only safe channel.
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
