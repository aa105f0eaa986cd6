import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { resolutionsDataSourceOptions } from '@civic/resolutions-data-access';
import { BullModule } from '@nestjs/bullmq';
import { EventConsumerModule, OutboxRelayModule } from '@civic/data-access';
import { AuthModule, createRedis, subgraphFoundation } from '@civic/platform';
import { graphqlClient, TestTokenIssuer } from '@civic/testing';
import { ResolutionsFeatureModule } from '../lib/resolutions-feature.module';
import { DEFAULT_RESOLUTIONS_FEATURE_OPTIONS, type ResolutionsFeatureOptions } from '../lib/resolutions-feature.options';

/** Support for the resolutions integration specs (not exported from the library). */

export interface ResolutionsTestApp {
  /** The running subgraph; `app.get(X)` reaches its providers. */
  app: INestApplication;
  /** POSTs to the subgraph's /graphql. */
  gql: ReturnType<typeof graphqlClient>;
  dataSource: DataSource;
  /** Signs tokens the subgraph accepts (it verifies them against the issuer's JWKS). */
  issuer: TestTokenIssuer;
  /** Stops the subgraph, then the issuer. */
  close(): Promise<void>;
}

/**
 * Boots the resolutions subgraph in-process against the harness's PostgreSQL and Redis
 * (DATABASE_URL and REDIS_URL from jest.integration.config.js), on a free port of
 * 127.0.0.1, with tokens from a JWKS-serving test issuer.
 */
export async function startResolutionsTestApp(options: Partial<ResolutionsFeatureOptions> = {}): Promise<ResolutionsTestApp> {
  const databaseUrl = process.env['DATABASE_URL'] ?? '';
  const redisUrl = process.env['REDIS_URL'] ?? '';
  if (!databaseUrl || !redisUrl) throw new Error('DATABASE_URL and REDIS_URL are not set: run with jest -c jest.integration.config.js');
  const issuer = await TestTokenIssuer.start();
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ...subgraphFoundation({ service: 'resolutions', logLevel: 'silent', dataSource: resolutionsDataSourceOptions(databaseUrl), redisUrl }),
        AuthModule.forRoot({ issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl }),
        OutboxRelayModule.forRoot({ service: 'resolutions', redisUrl, pollMs: 100 }),
        EventConsumerModule.forRoot({ service: 'resolutions', redisUrl }),
        BullModule.forRoot({ connection: createRedis(redisUrl, 'worker') }),
        ResolutionsFeatureModule.forRoot({ ...DEFAULT_RESOLUTIONS_FEATURE_OPTIONS, ...options }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    const gql = graphqlClient(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    return {
      app,
      gql,
      dataSource,
      issuer,
      close: async () => {
        await app.close();
        await issuer.stop();
      },
    };
  } catch (error) {
    await issuer.stop();
    throw error;
  }
}
