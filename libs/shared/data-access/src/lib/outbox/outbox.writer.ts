import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventName, EventPayloads } from '@civic/contracts';
import { OutboxEventEntity } from './outbox-event.entity';

/**
 * Appends an integration event to the service's outbox using the caller's transaction,
 * so the event exists if and only if the change it announces was committed.
 */
export async function appendToOutbox<E extends EventName>(transaction: EntityManager, name: E, payload: EventPayloads[E]): Promise<string> {
  if (!transaction.queryRunner?.isTransactionActive) {
    throw new Error(`appendToOutbox(${name}) must run inside a transaction`);
  }
  const id = randomUUID();
  await transaction.insert(OutboxEventEntity, { id, name, payload: payload as object });
  return id;
}

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters (3 per row). */
const ROWS_PER_INSERT = 1_000;

/**
 * `appendToOutbox` for many events of one name (voter-roll imports, the demo seeds): a few
 * multi-row INSERTs in the caller's transaction instead of one round trip each, same rows,
 * same guarantee. Positions follow the payloads' order, so consumers receive them in that order.
 */
export async function appendManyToOutbox<E extends EventName>(transaction: EntityManager, name: E, payloads: ReadonlyArray<EventPayloads[E]>): Promise<void> {
  if (!transaction.queryRunner?.isTransactionActive) {
    throw new Error(`appendManyToOutbox(${name}) must run inside a transaction`);
  }
  for (let start = 0; start < payloads.length; start += ROWS_PER_INSERT) {
    await transaction.insert(
      OutboxEventEntity,
      payloads.slice(start, start + ROWS_PER_INSERT).map((payload) => ({ id: randomUUID(), name, payload: payload as object })),
    );
  }
}
