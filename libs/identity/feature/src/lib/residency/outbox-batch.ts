import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventName, EventPayloads } from '@civic/contracts';
import { OutboxEventEntity } from '@civic/data-access';

/**
 * `appendToOutbox` for many events at once (voter-roll imports verify thousands of
 * residents): multi-row inserts in the caller's transaction, same rows, same guarantee.
 */
export async function appendManyToOutbox<E extends EventName>(
  transaction: EntityManager,
  name: E,
  payloads: ReadonlyArray<EventPayloads[E]>,
): Promise<void> {
  if (!transaction.queryRunner?.isTransactionActive) {
    throw new Error(`appendManyToOutbox(${name}) must run inside a transaction`);
  }
  for (let start = 0; start < payloads.length; start += 1_000) {
    const chunk = payloads.slice(start, start + 1_000);
    await transaction.insert(
      OutboxEventEntity,
      chunk.map((payload) => ({ id: randomUUID(), name, payload: payload as object })),
    );
  }
}
