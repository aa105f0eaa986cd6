import { bootstrapService, runService } from '@civic/platform';
import { AppModule } from './app/app.module';
import { loadAssembliesConfig } from './config';

runService(async () => {
  const config = loadAssembliesConfig();
  await bootstrapService(AppModule.forRoot(config), { port: config.PORT, host: config.HOST });
});
