import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventName, EventPayloads, ServiceName } from '@civic/contracts';

/**
 * Applies one event inside the consumer's transaction. Write only through `manager`,
 * so the change commits or rolls back together with the inbox entry.
 */
export type EventHandler<E extends EventName> = (payload: EventPayloads[E], envelope: EventEnvelope<E>, manager: EntityManager) => Promise<void>;

/**
 * The handlers of one consuming service, by event name. Features register theirs while
 * modules initialise (constructor or `onModuleInit`); the consumer checks the set against
 * the service's subscriptions before it takes the first job.
 */
export class EventHandlerRegistry {
  private readonly handlers = new Map<EventName, EventHandler<EventName>>();

  handler<E extends EventName>(name: E, fn: EventHandler<E>): this {
    if (this.handlers.has(name)) throw new Error(`Two handlers registered for event "${name}"`);
    // Stored by name; `handlerFor` only ever pairs a handler with an envelope of its own name.
    this.handlers.set(name, fn as unknown as EventHandler<EventName>);
    return this;
  }

  handlerFor<E extends EventName>(name: E): EventHandler<E> | undefined {
    return this.handlers.get(name) as EventHandler<E> | undefined;
  }

  registeredNames(): EventName[] {
    return [...this.handlers.keys()];
  }
}

/**
 * What is wrong with a service's handlers, compared with what it subscribes to: an event
 * it receives with nobody to apply it, or a handler for an event that never reaches it.
 */
export function handlerRegistrationProblems(service: ServiceName, subscribed: readonly EventName[], registered: readonly EventName[]): string[] {
  const problems: string[] = [];
  for (const name of subscribed) {
    if (!registered.includes(name)) {
      problems.push(`"${service}" subscribes to "${name}" (EVENT_SUBSCRIBERS) but registers no handler for it`);
    }
  }
  for (const name of registered) {
    if (!subscribed.includes(name)) {
      problems.push(`"${service}" handles "${name}" but does not subscribe to it: add "${service}" to EVENT_SUBSCRIBERS["${name}"]`);
    }
  }
  return problems;
}

export class EventHandlerRegistrationError extends Error {
  override readonly name = 'EventHandlerRegistrationError';
  constructor(problems: readonly string[]) {
    super(`Refusing to consume events:\n  - ${problems.join('\n  - ')}`);
  }
}

export function assertHandlersMatchSubscriptions(service: ServiceName, subscribed: readonly EventName[], registry: EventHandlerRegistry): void {
  const problems = handlerRegistrationProblems(service, subscribed, registry.registeredNames());
  if (problems.length > 0) throw new EventHandlerRegistrationError(problems);
}
