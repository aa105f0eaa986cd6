import type { DataSource } from 'typeorm';
import type { EventEnvelope, EventName } from '@civic/contracts';
import { InboxEventEntity } from '../outbox';
import type { EventHandlerRegistry } from './event-handler.registry';

export type ApplyOutcome = 'applied' | 'duplicate';

export class UnhandledEventError extends Error {
  override readonly name = 'UnhandledEventError';
}

/**
 * Applies an event at most once: the inbox entry and the handler's changes share one
 * transaction. A second delivery finds the entry and changes nothing; a failing handler
 * rolls back the entry too, so the retry applies the event for real.
 */
export async function applyEventOnce<E extends EventName>(
  dataSource: DataSource,
  registry: EventHandlerRegistry,
  envelope: EventEnvelope<E>,
): Promise<ApplyOutcome> {
  const handler = registry.handlerFor(envelope.name);
  if (!handler) throw new UnhandledEventError(`No handler for event "${envelope.name}"`);
  return dataSource.transaction(async (manager) => {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(InboxEventEntity)
      .values({ id: envelope.id, name: envelope.name, producer: envelope.producer })
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return 'duplicate';
    await handler(envelope.payload, envelope, manager);
    return 'applied';
  });
}
