import type { EntityManager } from 'typeorm';
import type { AuditEntryEntity, AuditLogRepository } from '@civic/resolutions-data-access';
import { GENESIS_HASH } from '@civic/resolutions-domain';
import { AuditLogService } from './audit-log.service';

/** An in-memory log with the repository's contract: ordered batches after a sequence, up to a head. */
class MemoryAuditLog implements Pick<AuditLogRepository, 'lockAppenders' | 'last' | 'insert' | 'batch'> {
  readonly rows: AuditEntryEntity[] = [];
  batches = 0;

  async lockAppenders(): Promise<void> {
    return undefined;
  }

  async last(): Promise<AuditEntryEntity | null> {
    return this.rows.at(-1) ?? null;
  }

  async insert(_manager: EntityManager, entry: AuditEntryEntity): Promise<void> {
    // What jsonb hands back: a structural copy.
    this.rows.push({ ...entry, data: JSON.parse(JSON.stringify(entry.data)) as Record<string, unknown> });
  }

  async batch(after: string, upTo: string, limit: number): Promise<AuditEntryEntity[]> {
    this.batches++;
    return this.rows.filter((row) => Number(row.sequence) > Number(after) && Number(row.sequence) <= Number(upTo)).slice(0, limit);
  }
}

const inTransaction = { queryRunner: { isTransactionActive: true } } as unknown as EntityManager;

async function logOf(entries: number): Promise<{ log: MemoryAuditLog; service: AuditLogService }> {
  const log = new MemoryAuditLog();
  const service = new AuditLogService(log as unknown as AuditLogRepository);
  for (let i = 0; i < entries; i++) {
    await service.append(inTransaction, {
      resolutionId: null,
      kind: 'transition',
      actor: { kind: 'system', id: null, name: 'Civic Congress (rule: test)' },
      data: { i, at: new Date(0), skipped: undefined, nested: { b: 1, a: [1, undefined] } },
    });
  }
  return { log, service };
}

describe('AuditLogService', () => {
  it('chains each entry to the one before, from the genesis hash, storing canonical data', async () => {
    const { log } = await logOf(3);
    expect(log.rows.map((row) => row.sequence)).toEqual(['1', '2', '3']);
    expect(log.rows[0]?.previousHash).toBe(GENESIS_HASH);
    expect(log.rows[1]?.previousHash).toBe(log.rows[0]?.hash);
    expect(log.rows[0]?.data).toEqual({ i: 0, at: '1970-01-01T00:00:00.000Z', nested: { a: [1, null], b: 1 } });
  });

  it('refuses to append outside a transaction', async () => {
    const { service } = await logOf(0);
    await expect(
      service.append({ queryRunner: undefined } as unknown as EntityManager, {
        resolutionId: null,
        kind: 'x',
        actor: { kind: 'system', id: null, name: 'x' },
        data: {},
      }),
    ).rejects.toThrow(/transaction/);
  });

  it('verifies a long log in batches, and finds an altered entry across batch boundaries', async () => {
    const { log, service } = await logOf(2_345);
    expect(await service.verify()).toEqual({ valid: true, entriesChecked: 2_345, headHash: log.rows.at(-1)?.hash });
    expect(log.batches).toBe(4);

    const altered = log.rows[1_500];
    if (!altered) throw new Error('no entry');
    altered.data = { ...altered.data, i: -1 };
    expect(await service.verify()).toMatchObject({ valid: false, brokenAtSequence: 1_501, problem: 'hash-mismatch', entriesChecked: 1_501 });
  });

  it('reports entries removed from the middle or the end', async () => {
    const { log, service } = await logOf(10);
    log.rows.splice(4, 1);
    expect(await service.verify()).toMatchObject({ valid: false, brokenAtSequence: 6, problem: 'sequence-gap' });
    const empty = await logOf(0);
    expect(await empty.service.verify()).toEqual({ valid: true, entriesChecked: 0, headHash: GENESIS_HASH });
  });
});
