import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventEnvelope } from '@civic/contracts';
import { startReadModelTestSchema, type ReadModelTestSchema } from '../../testing/read-model-test-schema';
import { applyEventOnce } from '../events';
import type { EventHandlerRegistry } from '../events';
import { ResidencyReadModelModule } from './residency-read-model.module';
import { createResidentTable, dropResidentTable } from './resident-table.migration-helper';
import { ResidentEntity } from './resident.entity';
import { ResidentRepository } from './resident.repository';

/**
 * The shared residency read model in a schema of its own (as a new consuming service would
 * use it): the module registers both handlers, the repository writes the table of the
 * datasource's schema, and the newest fact wins whatever the arrival order.
 */
const SCHEMA = 'residency_int_spec';

let readModel: ReadModelTestSchema | undefined;
let dataSource: DataSource;
let registry: EventHandlerRegistry;
let residents: ResidentRepository;

beforeAll(async () => {
  readModel = await startReadModelTestSchema({
    schema: SCHEMA,
    entity: ResidentEntity,
    createTable: createResidentTable,
    module: ResidencyReadModelModule,
  });
  ({ dataSource, registry } = readModel);
  residents = readModel.get(ResidentRepository);
});

afterAll(async () => {
  await readModel?.stop();
});

const verified = (accountId: string, jurisdictionCode: string, at: string): EventEnvelope<'identity.resident-verified'> => ({
  id: randomUUID(),
  name: 'identity.resident-verified',
  producer: 'identity',
  occurredAt: at,
  payload: { accountId, jurisdictionCode, method: 'voter-roll', verifiedAt: at },
});
const revoked = (accountId: string, jurisdictionCode: string, at: string): EventEnvelope<'identity.residency-revoked'> => ({
  id: randomUUID(),
  name: 'identity.residency-revoked',
  producer: 'identity',
  occurredAt: at,
  payload: { accountId, jurisdictionCode, revokedAt: at },
});

describe('ResidencyReadModelModule', () => {
  it('registers a handler for both residency events', () => {
    expect(registry.registeredNames().sort()).toEqual(['identity.residency-revoked', 'identity.resident-verified']);
  });

  it('keeps the newest fact whatever the arrival order, in the datasource’s schema', async () => {
    const accountId = randomUUID();
    const last = revoked(accountId, '55025', '2026-03-01T10:00:00.000Z');
    await applyEventOnce(dataSource, registry, verified(accountId, '55025', '2026-02-01T10:00:00.000Z'));
    await applyEventOnce(dataSource, registry, last);
    // Late deliveries: an older verification and an older move change nothing.
    await applyEventOnce(dataSource, registry, verified(accountId, '55025', '2026-01-01T10:00:00.000Z'));
    await applyEventOnce(dataSource, registry, verified(accountId, '55133', '2026-02-15T10:00:00.000Z'));

    expect(await residents.find(dataSource.manager, accountId)).toEqual({
      accountId,
      jurisdictionCode: '55025',
      status: 'revoked',
      verifiedAt: new Date('2026-02-01T10:00:00.000Z'),
      effectiveAt: new Date('2026-03-01T10:00:00.000Z'),
      displayName: null,
    });
    const [row] = (await dataSource.query(`SELECT last_event_id FROM "${SCHEMA}"."resident" WHERE account_id = $1`, [accountId])) as Array<{
      last_event_id: string;
    }>;
    expect(row?.last_event_id).toBe(last.id);
  });

  it('ignores the revocation of a county the person has since left', async () => {
    const accountId = randomUUID();
    await applyEventOnce(dataSource, registry, verified(accountId, '55079', '2026-02-01T10:00:00.000Z'));
    await applyEventOnce(dataSource, registry, revoked(accountId, '55025', '2026-03-01T10:00:00.000Z'));
    expect(await residents.find(dataSource.manager, accountId)).toMatchObject({ jurisdictionCode: '55079', status: 'verified' });
  });

  it('lets the older of two racing first facts lose on insert', async () => {
    const accountId = randomUUID();
    const newer = {
      accountId,
      jurisdictionCode: '55025',
      status: 'verified' as const,
      verifiedAt: new Date('2026-05-01T00:00:00Z'),
      effectiveAt: new Date('2026-05-01T00:00:00Z'),
      displayName: 'Ann Example',
    };
    const older = { ...newer, jurisdictionCode: '55079', verifiedAt: new Date('2026-04-01T00:00:00Z'), effectiveAt: new Date('2026-04-01T00:00:00Z') };
    await dataSource.transaction((manager) => residents.save(manager, newer, randomUUID()));
    await dataSource.transaction((manager) => residents.save(manager, older, randomUUID()));
    expect(await residents.find(dataSource.manager, accountId)).toEqual(newer);
  });

  it('drops and recreates its table', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await dropResidentTable(runner, SCHEMA);
      expect(await runner.hasTable(`${SCHEMA}.resident`)).toBe(false);
      await createResidentTable(runner, SCHEMA);
      expect(await runner.hasTable(`${SCHEMA}.resident`)).toBe(true);
    } finally {
      await runner.release();
    }
  });
});
