import { randomUUID } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { BodyMembershipChangedPayload, EventEnvelope } from '@civic/contracts';
import { serviceDataSourceOptions } from '../database/service-datasource';
import { applyEventOnce } from '../events/apply-event-once';
import { EventHandlerRegistry } from '../events/event-handler.registry';
import { InboxEventEntity } from '../outbox/inbox-event.entity';
import { OutboxEventEntity } from '../outbox/outbox-event.entity';
import { createOutboxAndInboxTables } from '../outbox/outbox-tables.migration-helper';
import { BodyMemberEntity } from './body-member.entity';
import { BodyMemberRepository } from './body-member.repository';
import { createBodyMemberTable, dropBodyMemberTable } from './body-member-table.migration-helper';
import { BodyMembershipReadModelModule } from './body-membership-read-model.module';

/**
 * The shared body-membership read model in a schema of its own (as a consuming service
 * uses it): the module registers the handler, the repository writes the table of the
 * datasource's schema, and the newest change wins whatever the arrival order.
 */
const SCHEMA = 'body_membership_int_spec';

/** What EventConsumerModule gives the app's modules: the global handler registry. */
@Global()
@Module({ providers: [{ provide: EventHandlerRegistry, useFactory: () => registry }], exports: [EventHandlerRegistry] })
class RegistryModule {}

const databaseUrl = process.env['DATABASE_URL'] ?? '';
let dataSource: DataSource;
const registry = new EventHandlerRegistry();
let members: BodyMemberRepository;

beforeAll(async () => {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: run with jest -c jest.integration.config.js');
  dataSource = new DataSource(
    serviceDataSourceOptions(databaseUrl, { schema: SCHEMA, entities: [OutboxEventEntity, InboxEventEntity, BodyMemberEntity], migrations: [] }),
  );
  await dataSource.initialize();
  await dataSource.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await dataSource.query(`CREATE SCHEMA "${SCHEMA}"`);
  const runner = dataSource.createQueryRunner();
  await createOutboxAndInboxTables(runner, SCHEMA);
  await createBodyMemberTable(runner, SCHEMA);
  await runner.release();

  const moduleRef = await Test.createTestingModule({ imports: [RegistryModule, BodyMembershipReadModelModule] }).compile();
  await moduleRef.init();
  members = moduleRef.get(BodyMemberRepository);
});

afterAll(async () => {
  await dataSource?.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await dataSource?.destroy();
});

const changed = (payload: BodyMembershipChangedPayload): EventEnvelope<'assemblies.body-membership-changed'> => ({
  id: randomUUID(),
  name: 'assemblies.body-membership-changed',
  producer: 'assemblies',
  occurredAt: payload.changedAt,
  payload,
});

function membership(changes: Partial<BodyMembershipChangedPayload> = {}): BodyMembershipChangedPayload {
  return {
    membershipId: randomUUID(),
    bodyCode: 'committee-natural-resources',
    bodyName: 'Natural Resources',
    bodyKind: 'committee',
    accountId: randomUUID(),
    displayName: 'Grace Member',
    office: null,
    active: true,
    termStart: '2026-05-01',
    termEnd: '2027-04-30',
    changedAt: '2026-05-01T10:00:00.000Z',
    ...changes,
  };
}

describe('BodyMembershipReadModelModule', () => {
  it('registers a handler for the membership event', () => {
    expect(registry.registeredNames()).toEqual(['assemblies.body-membership-changed']);
  });

  it('keeps the newest change whatever the arrival order, in the datasource’s schema', async () => {
    const began = membership({ office: 'chair' });
    const ended = { ...began, active: false, changedAt: '2026-09-01T10:00:00.000Z' };
    await applyEventOnce(dataSource, registry, changed(ended));
    await applyEventOnce(dataSource, registry, changed(began)); // a late retry of the start

    expect(await members.find(dataSource.manager, began.membershipId)).toEqual({
      membershipId: began.membershipId,
      bodyCode: 'committee-natural-resources',
      bodyName: 'Natural Resources',
      accountId: began.accountId,
      displayName: 'Grace Member',
      office: 'chair',
      active: false,
      termStart: '2026-05-01',
      termEnd: '2027-04-30',
      changedAt: new Date('2026-09-01T10:00:00.000Z'),
    });
  });

  it('lists a body’s current members', async () => {
    const bodyCode = `committee-${randomUUID()}`;
    const ada = membership({ bodyCode, displayName: 'Ada' });
    const bea = membership({ bodyCode, displayName: 'Bea' });
    const gone = membership({ bodyCode, displayName: 'Cy', active: false });
    for (const payload of [bea, gone, ada]) await applyEventOnce(dataSource, registry, changed(payload));
    expect((await members.activeMembers(dataSource.manager, bodyCode)).map((member) => member.displayName)).toEqual(['Ada', 'Bea']);
  });

  it('drops and recreates its table', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await dropBodyMemberTable(runner, SCHEMA);
      expect(await runner.hasTable(`${SCHEMA}.body_member`)).toBe(false);
      await createBodyMemberTable(runner, SCHEMA);
      expect(await runner.hasTable(`${SCHEMA}.body_member`)).toBe(true);
    } finally {
      await runner.release();
    }
  });
});
