import { Global, Module, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource, type QueryRunner } from 'typeorm';
import { serviceDataSourceOptions } from '../lib/database';
import { EventHandlerRegistry } from '../lib/events';
import { InboxEventEntity } from '../lib/outbox';
import { OutboxEventEntity } from '../lib/outbox';
import { createOutboxAndInboxTables } from '../lib/outbox';

export interface ReadModelTestSchema {
  dataSource: DataSource;
  /** The registry the read model's module registered its handlers in. */
  registry: EventHandlerRegistry;
  /** Resolves a provider of the read model's module (its repository). */
  get<T>(token: Type<T>): T;
  /** Drops the schema and closes the datasource. */
  stop(): Promise<void>;
}

/**
 * A shared read model in a schema of its own, as a consuming service uses it: a datasource
 * on `schema` (recreated empty) holding the outbox, inbox and the model's table, and the
 * model's module compiled beside the global handler registry EventConsumerModule gives apps.
 * Integration specs only (needs DATABASE_URL from jest.integration.config.js).
 */
export async function startReadModelTestSchema(options: {
  schema: string;
  entity: Type<unknown>;
  createTable: (runner: QueryRunner, schema: string) => Promise<void>;
  module: Type<unknown>;
}): Promise<ReadModelTestSchema> {
  const databaseUrl = process.env['DATABASE_URL'] ?? '';
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: run with jest -c jest.integration.config.js');
  const { schema } = options;
  const dataSource = new DataSource(
    serviceDataSourceOptions(databaseUrl, { schema, entities: [OutboxEventEntity, InboxEventEntity, options.entity], migrations: [] }),
  );
  await dataSource.initialize();
  const stop = async (): Promise<void> => {
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource.destroy();
  };
  try {
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource.query(`CREATE SCHEMA "${schema}"`);
    const runner = dataSource.createQueryRunner();
    try {
      await createOutboxAndInboxTables(runner, schema);
      await options.createTable(runner, schema);
    } finally {
      await runner.release();
    }

    const registry = new EventHandlerRegistry();
    /** What EventConsumerModule gives the app's modules: the global handler registry. */
    @Global()
    @Module({ providers: [{ provide: EventHandlerRegistry, useValue: registry }], exports: [EventHandlerRegistry] })
    class RegistryModule {}
    const moduleRef = await Test.createTestingModule({ imports: [RegistryModule, options.module] }).compile();
    await moduleRef.init();
    return { dataSource, registry, get: (token) => moduleRef.get(token), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
