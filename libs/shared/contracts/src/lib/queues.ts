import type { ServiceName } from './services';

/**
 * Every BullMQ queue of the platform, in one place. Event queues are one per consuming
 * service; job queues are for scheduled and heavy work run by the worker.
 */
export const QueueName = {
  events: (service: ServiceName) => `events-${service}` as const,
  /** Scheduled and heavy jobs processed by the worker app. */
  maintenance: 'maintenance',
} as const;

/** Retry policy for event delivery: many attempts, spreading out, so an outage heals. */
export const EVENT_DELIVERY_RETRY = {
  attempts: 25,
  backoff: { type: 'exponential', delay: 1_000 },
} as const;
