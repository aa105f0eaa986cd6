import type { ServiceName } from './services';

/**
 * Integration events: the only way a write in one service reaches another. Each event
 * is written to the producer's outbox in the same transaction as the change, relayed to
 * the queue of every subscribing service, and applied at most once per consumer.
 *
 * To add an event: add its name and payload to `EventPayloads`, its subscribers to
 * `EVENT_SUBSCRIBERS`, and a handler in each subscriber (start-up fails without one).
 */
export interface EventPayloads {
  /**
   * A person's residence in a constituent jurisdiction (a county, by default) became
   * verified, or was verified again with another method or jurisdiction.
   */
  'identity.resident-verified': {
    accountId: string;
    /** The jurisdiction's stable code (for US counties, the 5-digit FIPS code). */
    jurisdictionCode: string;
    method: ResidencyVerificationMethod;
    verifiedAt: string;
  };
  /** A person's residency is no longer verified (revoked or moved away). */
  'identity.residency-revoked': {
    accountId: string;
    jurisdictionCode: string;
    revokedAt: string;
  };
  /**
   * A delegate election was certified: its winners hold their seats from `termStart`.
   * The full count (rounds, tie-breaks, seed) is public on the assemblies subgraph.
   */
  'assemblies.election-certified': ElectionCertifiedPayload;
  /**
   * A body's election was certified (a county delegation's chair or vice-chair, a district's
   * District Leadership Council members, an Executive Committee officer): the winners hold
   * their one-year memberships from `termStart`; `ended` lists the memberships it replaced.
   */
  'assemblies.body-election-certified': BodyElectionCertifiedPayload;
}

export interface BodyElectionCertifiedPayload {
  electionId: string;
  kind: 'delegation-officer' | 'council-members' | 'executive-officer';
  bodyCode: string;
  office: string | null;
  /** The county (delegation) or district (council) the election was for; null for the Executive Committee. */
  jurisdictionCode: string | null;
  year: number;
  method: 'plurality' | 'approval' | 'stv';
  seed: string;
  certifiedAt: string;
  certifiedBy: string;
  elected: Array<{ accountId: string; displayName: string; membershipId: string; office: string | null; countyCode: string | null; termStart: string; termEnd: string }>;
  /** Memberships whose terms certification ended (the replaced holders). */
  ended: string[];
}

export interface ElectionCertifiedPayload {
  electionId: string;
  /** What was elected: county delegates for now; bodies' elections later. */
  kind: 'county-delegates';
  jurisdictionCode: string;
  year: number;
  method: 'plurality' | 'approval' | 'stv';
  /** The recorded tie-break seed: anyone can recount with it. */
  seed: string;
  certifiedAt: string;
  certifiedBy: string;
  elected: Array<{ accountId: string; displayName: string; seatNumber: number; tenureId: string; termStart: string; termEnd: string }>;
}

export type EventName = keyof EventPayloads;

export const RESIDENCY_VERIFICATION_METHODS = ['staff-in-person', 'voter-roll', 'self-declared'] as const;
export type ResidencyVerificationMethod = (typeof RESIDENCY_VERIFICATION_METHODS)[number];

/** Which services consume each event. The relay fans an event out to these queues. */
export const EVENT_SUBSCRIBERS: { readonly [E in EventName]: readonly ServiceName[] } = {
  'identity.resident-verified': ['voting', 'assemblies'],
  'identity.residency-revoked': ['voting', 'assemblies'],
  // No consumer yet: the relay marks it published without queueing (voting will link delegates' records).
  'assemblies.election-certified': [],
  'assemblies.body-election-certified': [],
};

/** What travels on the queue: the event's identity, its origin and its payload. */
export interface EventEnvelope<E extends EventName = EventName> {
  /** Unique per event; consumers use it to apply each event once. */
  id: string;
  name: E;
  producer: ServiceName;
  occurredAt: string;
  payload: EventPayloads[E];
}

export function subscribersOf(name: EventName): readonly ServiceName[] {
  return EVENT_SUBSCRIBERS[name];
}

export function eventsConsumedBy(service: ServiceName): EventName[] {
  return (Object.keys(EVENT_SUBSCRIBERS) as EventName[]).filter((name) =>
    EVENT_SUBSCRIBERS[name].includes(service),
  );
}
