import { bootstrapService, runService } from '@civic/platform';
import { WorkerModule } from './app/worker.module';
import { loadWorkerConfig } from './config';

runService(async () => {
  const config = loadWorkerConfig();
  await bootstrapService(WorkerModule.forRoot(config), { port: config.PORT, host: config.HOST });
});
