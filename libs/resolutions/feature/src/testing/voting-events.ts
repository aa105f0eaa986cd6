import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CountyResolutionResultPayload, EventName, EventPayloads } from '@civic/contracts';
import { applyEventOnce, type ApplyOutcome, type EventHandlerRegistry } from '@civic/data-access';
import { envelope } from '@civic/testing';
import type { InsertedResolution } from './rule-test-rows';

/**
 * Test support for the specs of the events the resolutions service consumes: each event is
 * applied as the consumer would (once, through the inbox), without Redis in between.
 */
export function eventDelivery(dataSource: () => DataSource, registry: () => EventHandlerRegistry) {
  /** Applies one event; give the same `id` twice to test a redelivery. */
  return function deliver<E extends EventName>(name: E, payload: EventPayloads[E], id: string = randomUUID()): Promise<ApplyOutcome> {
    return applyEventOnce(dataSource(), registry(), { ...envelope(name, payload), id });
  };
}

/** A certified county result of a resolution, as voting announces it. */
export function countyResultPayload(resolution: InsertedResolution, countyCode: string, year: number, passed: boolean): CountyResolutionResultPayload {
  return {
    resultId: randomUUID(),
    resolutionId: resolution.id,
    countyCode,
    year,
    yes: passed ? 120 : 40,
    no: passed ? 40 : 120,
    abstain: 3,
    passed,
    certifiedAt: new Date().toISOString(),
  };
}
