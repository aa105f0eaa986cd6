import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventName, EventPayloads } from '@civic/contracts';
import { OutboxEventEntity } from '@civic/data-access';

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters (3 per row). */
const CHUNK = 1000;

/**
 * Appends many events of one name to the outbox in the caller's transaction, a few
 * multi-row INSERTs instead of one round trip each (the demo seed seats 360 delegates).
 * Positions follow the payloads' order, so consumers receive them in that order.
 */
export async function appendAllToOutbox<E extends EventName>(manager: EntityManager, name: E, payloads: ReadonlyArray<EventPayloads[E]>): Promise<void> {
  if (payloads.length === 0) return;
  if (!manager.queryRunner?.isTransactionActive) throw new Error(`appendAllToOutbox(${name}) must run inside a transaction`);
  for (let start = 0; start < payloads.length; start += CHUNK) {
    await manager.insert(
      OutboxEventEntity,
      payloads.slice(start, start + CHUNK).map((payload) => ({ id: randomUUID(), name, payload: payload as object })),
    );
  }
}
