import { bootstrapService, runService } from '@civic/platform';
import { AppModule } from './app/app.module';
import { loadIdentityConfig } from './config';

runService(async () => {
  const config = loadIdentityConfig();
  // Voter-roll CSVs (up to 4 MiB) arrive inside a GraphQL body.
  await bootstrapService(AppModule.forRoot(config), { port: config.PORT, host: config.HOST, bodyLimitBytes: 5 * 1024 * 1024 });
});
