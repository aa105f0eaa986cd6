import { bootstrapService, runService } from '@civic/platform';
import { AppModule } from './app/app.module';
import { loadVotingConfig } from './config';

runService(async () => {
  const config = loadVotingConfig();
  await bootstrapService(AppModule.forRoot(config), { port: config.PORT, host: config.HOST });
});
