import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { BodyMembershipChangedPayload, EventEnvelope } from '@civic/contracts';
import { startReadModelTestSchema, type ReadModelTestSchema } from '../../testing/read-model-test-schema';
import { applyEventOnce } from '../events';
import type { EventHandlerRegistry } from '../events';
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

let readModel: ReadModelTestSchema | undefined;
let dataSource: DataSource;
let registry: EventHandlerRegistry;
let members: BodyMemberRepository;

beforeAll(async () => {
  readModel = await startReadModelTestSchema({
    schema: SCHEMA,
    entity: BodyMemberEntity,
    createTable: createBodyMemberTable,
    module: BodyMembershipReadModelModule,
  });
  ({ dataSource, registry } = readModel);
  members = readModel.get(BodyMemberRepository);
});

afterAll(async () => {
  await readModel?.stop();
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
