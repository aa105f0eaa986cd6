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
    /** The account's public display name at the time (absent in events from before it was carried). */
    displayName?: string;
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
  /**
   * A body membership began or ended (committee, council, delegation, Executive Committee):
   * the resolutions service learns who sits on which committee from these.
   */
  'assemblies.body-membership-changed': BodyMembershipChangedPayload;
  /**
   * A body member declared a conflict of interest on an agenda item about a citizen
   * resolution: the member may not vote or decide on that resolution for that body.
   */
  'assemblies.resolution-conflict-declared': ResolutionConflictDeclaredPayload;
  /**
   * A citizen resolution passed screening and will be introduced at its county's assembly:
   * the voting service puts it on that county's ballot for the year.
   */
  'resolutions.introduced': ResolutionIntroducedPayload;
  /**
   * A resolution's advisory question was approved for a questionnaire (by the pipeline or
   * the 3:2 rule): the voting service adds it to that year's statewide questionnaire.
   */
  'resolutions.question-approved': QuestionApprovedPayload;
  /** A delegate's seat tenure began or ended (election, appointment, resignation, removal, the demo seed). */
  'assemblies.delegate-seat-changed': DelegateSeatChangedPayload;
  /** A person was checked in at their county's meeting (with or without the right to vote there). */
  'assemblies.attendee-checked-in': AttendeeCheckedInPayload;
  /** A jurisdiction was added, renamed, moved or removed (voting reports results by district). */
  'assemblies.jurisdiction-changed': JurisdictionChangedPayload;
  /** A county's vote on a citizen resolution was certified (all channels counted). */
  'voting.county-resolution-result': CountyResolutionResultPayload;
  /** The statewide result of a questionnaire question drawn from a resolution was certified. */
  'voting.question-result': QuestionResultPayload;
  /**
   * A delegate roll call closed (staff closed it, or its scheduled closing time came): its
   * named-vote totals and outcome. The resolutions service applies the convention's outcome
   * on a resolution that is before the convention.
   */
  'voting.roll-call-closed': RollCallClosedPayload;
}

export interface BodyMembershipChangedPayload {
  membershipId: string;
  /** The body's stable code (e.g. a committee's code, 'executive-committee'). */
  bodyCode: string;
  bodyName: string;
  bodyKind: string;
  accountId: string;
  displayName: string;
  office: string | null;
  /** True when the membership began, false when it ended. */
  active: boolean;
  termStart: string;
  termEnd: string;
  changedAt: string;
}

export interface DelegateSeatChangedPayload {
  tenureId: string;
  accountId: string;
  displayName: string;
  countyCode: string;
  seatNumber: number;
  /** True when the tenure began, false when it ended. */
  active: boolean;
  termStart: string;
  termEnd: string;
  changedAt: string;
}

export interface AttendeeCheckedInPayload {
  meetingId: string;
  year: number;
  countyCode: string;
  accountId: string;
  /** False for someone admitted without a vote (not a verified resident of the county). */
  withVote: boolean;
  checkedInAt: string;
}

export interface JurisdictionChangedPayload {
  code: string;
  name: string;
  tierLevel: number;
  parentCode: string | null;
  /** True when it was removed from the tree. */
  removed: boolean;
  changedAt: string;
}

export interface ResolutionConflictDeclaredPayload {
  conflictId: string;
  bodyCode: string;
  accountId: string;
  displayName: string;
  resolutionId: string;
  reason: string;
  declaredAt: string;
}

export interface ResolutionIntroducedPayload {
  resolutionId: string;
  /** Public number, e.g. "2027-014". */
  number: string;
  title: string;
  text: string;
  kind: 'rule-change' | 'advisory';
  /** The county whose assembly votes on it (county-local: only its voters see it). */
  countyCode: string;
  /** The congress year of the county vote. */
  year: number;
}

export interface QuestionApprovedPayload {
  resolutionId: string;
  number: string;
  /** The question as it will be printed on the questionnaire. */
  questionText: string;
  background: string;
  /** The questionnaire's year (normally the year after the county vote). */
  questionnaireYear: number;
  /** Why it is on the questionnaire: the full pipeline or the 3:2 rule. */
  route: 'pipeline' | 'three-two-rule';
}

export interface CountyResolutionResultPayload {
  /** The voting service's id for this result; resolutions links transitions to it. */
  resultId: string;
  resolutionId: string;
  countyCode: string;
  year: number;
  yes: number;
  no: number;
  abstain: number;
  passed: boolean;
  certifiedAt: string;
}

export interface QuestionResultPayload {
  resultId: string;
  questionId: string;
  resolutionId: string;
  year: number;
  yes: number;
  no: number;
  abstain: number;
  countiesInFavour: number;
  countiesCounted: number;
  passed: boolean;
  certifiedAt: string;
}

export interface RollCallClosedPayload {
  rollCallId: string;
  /** 'convention' for the whole congress, else the assemblies body's code. */
  bodyCode: string;
  bodyName: string;
  /** The motion, as read to the members. */
  title: string;
  /** The congress year (the linked question's questionnaire year, else the year it opened). */
  year: number;
  /** The citizen resolution the motion decides, if any. */
  resolutionId: string | null;
  /** The questionnaire question the motion decides, if any. */
  questionId: string | null;
  /** 'no-quorum': too few members answered the roll; the body did not decide. */
  outcome: 'passed' | 'failed' | 'no-quorum';
  yes: number;
  no: number;
  abstain: number;
  /** Members who declared a conflict of interest (present, but without a vote). */
  conflicts: number;
  /** Members who answered the roll: voted (abstaining included) or declared a conflict. */
  present: number;
  quorum: number;
  electorateSize: number;
  /** The share of yes among yes + no the motion needed. */
  threshold: { kind: 'majority' | 'two-thirds' | 'custom'; numerator: number; denominator: number };
  closedAt: string;
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
  elected: Array<{
    accountId: string;
    displayName: string;
    membershipId: string;
    office: string | null;
    countyCode: string | null;
    termStart: string;
    termEnd: string;
  }>;
  /** Memberships whose terms certification ended (the replaced holders). */
  ended: string[];
}

export interface ElectionCertifiedPayload {
  electionId: string;
  /** What was elected: a county's delegates (a body's election announces assemblies.body-election-certified instead). */
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
  'identity.resident-verified': ['voting', 'assemblies', 'resolutions'],
  'identity.residency-revoked': ['voting', 'assemblies', 'resolutions'],
  // No consumer yet: the relay marks it published without queueing (voting will link delegates' records).
  'assemblies.election-certified': [],
  'assemblies.body-election-certified': [],
  'assemblies.body-membership-changed': ['resolutions', 'voting'],
  'assemblies.resolution-conflict-declared': ['resolutions'],
  'assemblies.delegate-seat-changed': ['voting'],
  'assemblies.attendee-checked-in': ['voting'],
  'assemblies.jurisdiction-changed': ['voting'],
  'resolutions.introduced': ['voting'],
  'resolutions.question-approved': ['voting'],
  'voting.county-resolution-result': ['resolutions'],
  'voting.question-result': ['resolutions'],
  'voting.roll-call-closed': ['resolutions'],
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
  return (Object.keys(EVENT_SUBSCRIBERS) as EventName[]).filter((name) => EVENT_SUBSCRIBERS[name].includes(service));
}
