import { BullModule } from '@nestjs/bullmq';
import type { ConnectionOptions } from 'bullmq';
import { redisOptions } from '@civic/platform';
import { resolutionsDataSourceOptions } from '@civic/resolutions-data-access';
import { startSubgraphTestApp, type SubgraphTestApp } from '@civic/testing';
import { ResolutionsFeatureModule } from '../lib/resolutions-feature.module';
import { DEFAULT_RESOLUTIONS_FEATURE_OPTIONS, type ResolutionsFeatureOptions } from '../lib/resolutions-feature.options';

/** Support for the resolutions integration specs (not exported from the library). */

export type ResolutionsTestApp = SubgraphTestApp;

/** Boots the resolutions subgraph in-process (see startSubgraphTestApp), with its deadline queue. */
export function startResolutionsTestApp(options: Partial<ResolutionsFeatureOptions> = {}): Promise<ResolutionsTestApp> {
  return startSubgraphTestApp({
    service: 'resolutions',
    dataSource: resolutionsDataSourceOptions,
    imports: ({ redisUrl }) => [
      BullModule.forRoot({ connection: redisOptions(redisUrl, 'worker') as ConnectionOptions }),
      ResolutionsFeatureModule.forRoot({ ...DEFAULT_RESOLUTIONS_FEATURE_OPTIONS, ...options }),
    ],
  });
}
