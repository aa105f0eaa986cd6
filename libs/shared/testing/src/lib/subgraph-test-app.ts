import { randomUUID } from 'node:crypto';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, DataSourceOptions } from 'typeorm';
import type { EventEnvelope, EventName, EventPayloads, ServiceName } from '@civic/contracts';
import { applyEventOnce, EventConsumerModule, EventHandlerRegistry, type ApplyOutcome } from '@civic/data-access';
import { AuthModule, serviceHttpAdapter, subgraphFoundation } from '@civic/platform';
import { graphqlClient } from './graphql-client';
import { TestTokenIssuer } from './test-token-issuer';

export interface SubgraphTestApp {
  /** The running subgraph; `app.get(X)` reaches its providers. */
  app: INestApplication;
  /** POSTs to the subgraph's /graphql. */
  gql: ReturnType<typeof graphqlClient>;
  dataSource: DataSource;
  /** Signs tokens the subgraph accepts (it verifies them against the issuer's JWKS). */
  issuer: TestTokenIssuer;
  /** Applies an event through the subgraph's own handlers, once per envelope id, as the consumer does. */
  deliver<E extends EventName>(envelope: EventEnvelope<E>): Promise<ApplyOutcome>;
  /** Stops the subgraph, then the issuer. */
  close(): Promise<void>;
}

export interface SubgraphTestAppSpec {
  service: ServiceName;
  dataSource(databaseUrl: string): DataSourceOptions;
  /** The service's feature module(s) and anything else it needs (e.g. BullModule.forRoot). */
  imports(infrastructure: { databaseUrl: string; redisUrl: string }): Array<Type<unknown> | DynamicModule>;
}

/**
 * Where a service connects in the integration harness: as its own database role (the
 * harness's CIVIC_SERVICE_DATABASE_URLS), as in production; DATABASE_URL (the schemas'
 * owner) where the harness has no role for it.
 */
export function serviceDatabaseUrl(service: string): string {
  const urls = JSON.parse(process.env['CIVIC_SERVICE_DATABASE_URLS'] ?? '{}') as Record<string, string>;
  return urls[service] ?? process.env['DATABASE_URL'] ?? '';
}

/**
 * Boots a subgraph in-process against the integration harness's PostgreSQL and Redis
 * (its service's database role and REDIS_URL from the integration global setup), on a free port of
 * 127.0.0.1, with tokens from a JWKS-serving test issuer and its event consumer. Without
 * the outbox relay: specs read the events a service would send from its outbox table, and
 * nothing leaks onto the queues of services other specs are testing at the same time.
 */
export async function startSubgraphTestApp(spec: SubgraphTestAppSpec): Promise<SubgraphTestApp> {
  const databaseUrl = serviceDatabaseUrl(spec.service);
  const redisUrl = process.env['REDIS_URL'] ?? '';
  if (!databaseUrl || !redisUrl) throw new Error('DATABASE_URL and REDIS_URL are not set: run with jest -c jest.integration.config.js');
  const issuer = await TestTokenIssuer.start();
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ...subgraphFoundation({ service: spec.service, logLevel: 'silent', dataSource: spec.dataSource(databaseUrl), redisUrl }),
        AuthModule.forRoot({ issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl }),
        EventConsumerModule.forRoot({ service: spec.service, redisUrl }),
        ...spec.imports({ databaseUrl, redisUrl }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication(serviceHttpAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    const gql = graphqlClient(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const registry = app.get(EventHandlerRegistry);
    return {
      app,
      gql,
      dataSource,
      issuer,
      deliver: (envelope) => applyEventOnce(dataSource, registry, envelope),
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

const PRODUCERS: Record<string, ServiceName> = { identity: 'identity', resolutions: 'resolutions', assemblies: 'assemblies', voting: 'voting' };

/** A fresh envelope (new id) around a payload, from the service the event name starts with. */
export function envelope<E extends EventName>(name: E, payload: EventPayloads[E]): EventEnvelope<E> {
  const producer = PRODUCERS[name.split('.')[0] ?? ''];
  if (!producer) throw new Error(`no producer for ${name}`);
  return { id: randomUUID(), name, producer, occurredAt: new Date().toISOString(), payload };
}
