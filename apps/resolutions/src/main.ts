import { bootstrapService, runService } from '@civic/platform';
import { AppModule } from './app/app.module';
import { loadResolutionsConfig } from './config';

runService(async () => {
  const config = loadResolutionsConfig();
  await bootstrapService(AppModule.forRoot(config), { port: config.PORT, host: config.HOST });
});
