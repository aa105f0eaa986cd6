import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventName, EventPayloads } from '@civic/contracts';
import { OutboxEventEntity } from './outbox-event.entity';

/**
 * Appends an integration event to the service's outbox using the caller's transaction,
 * so the event exists if and only if the change it announces was committed.
 */
export async function appendToOutbox<E extends EventName>(
  transaction: EntityManager,
  name: E,
  payload: EventPayloads[E],
): Promise<string> {
  if (!transaction.queryRunner?.isTransactionActive) {
    throw new Error(`appendToOutbox(${name}) must run inside a transaction`);
  }
  const id = randomUUID();
  await transaction.insert(OutboxEventEntity, { id, name, payload: payload as object });
  return id;
}
