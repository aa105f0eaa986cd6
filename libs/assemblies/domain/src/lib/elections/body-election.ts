import { BODY_OFFICES, DLC_MEMBERS_PER_DISTRICT, OFFICES_OF_KIND, type BodyKind, type BodyOffice } from '../bodies';

/**
 * Elections of the congress's bodies, counted by the same engine as delegate elections:
 * - `delegation-officer`: a county's delegates in office elect their delegation's chair,
 *   then (a second election) its vice-chair; one seat each, plurality by default.
 * - `council-members`: at the convention, a district's delegates in office elect its
 *   District Leadership Council members from among themselves, with "at most one elected
 *   per county" enforced inside the count (candidates grouped by their county).
 * - `executive-officer`: the council elects the Executive Committee's five officers, one
 *   election per office, held in the order of `BODY_OFFICES` (chair first).
 */
export const BODY_ELECTION_KINDS = ['delegation-officer', 'council-members', 'executive-officer'] as const;
export type BodyElectionKind = (typeof BODY_ELECTION_KINDS)[number];
export type ElectionKind = 'county-delegates' | BodyElectionKind;

export type BodyElectorateKind = 'county-delegation' | 'district-delegates' | 'council';

export interface BodyElectionPlan {
  bodyKind: BodyKind;
  electorateKind: BodyElectorateKind;
  seats: number;
  oneElectedPerGroup: boolean;
}

export type BodyElectionPlanning = { ok: true; plan: BodyElectionPlan } | { ok: false; field: string; message: string };

/** What a body election fills and who votes in it; refuses an office the body does not have. */
export function planBodyElection(kind: BodyElectionKind, office: BodyOffice | null): BodyElectionPlanning {
  switch (kind) {
    case 'delegation-officer':
      return officeElection('county-delegation', 'county-delegation', office);
    case 'executive-officer':
      return officeElection('executive-committee', 'council', office);
    case 'council-members':
      if (office !== null) return { ok: false, field: 'office', message: 'Council members hold no office: leave office out.' };
      return {
        ok: true,
        plan: { bodyKind: 'district-leadership-council', electorateKind: 'district-delegates', seats: DLC_MEMBERS_PER_DISTRICT, oneElectedPerGroup: true },
      };
  }
}

function officeElection(bodyKind: BodyKind, electorateKind: BodyElectorateKind, office: BodyOffice | null): BodyElectionPlanning {
  const { offices } = OFFICES_OF_KIND[bodyKind];
  if (office === null || !offices.includes(office)) {
    return { ok: false, field: 'office', message: `A ${bodyKind} elects one office at a time: one of ${offices.join(', ')}.` };
  }
  return { ok: true, plan: { bodyKind, electorateKind, seats: 1, oneElectedPerGroup: false } };
}

/** Paper totals are a county meeting's; bodies vote electronically. */
export const acceptsPaperTotals = (kind: ElectionKind): boolean => kind === 'county-delegates';

/** A membership in force when a body election is certified. */
export interface HeldMembership {
  id: string;
  accountId: string;
  office: BodyOffice | null;
  districtCode: string | null;
}

/**
 * Which memberships a certified body election ends before its winners are seated:
 * - the holder of the office elected (delegation or Executive Committee), or, for the
 *   council, the district's current members: the election replaces them, including
 *   holders the demo seeded or staff assigned;
 * - any other office a winner holds in the same body: winning an office moves the winner
 *   to it (one office per person).
 * Returned in the order given, without repeats.
 */
export function membershipsReplaced(
  election: { kind: BodyElectionKind; office: BodyOffice | null; districtCode: string | null },
  held: readonly HeldMembership[],
  winnerAccountIds: readonly string[],
): string[] {
  const winners = new Set(winnerAccountIds);
  return held
    .filter((membership) =>
      election.kind === 'council-members'
        ? membership.districtCode === election.districtCode || winners.has(membership.accountId)
        : membership.office === election.office || winners.has(membership.accountId),
    )
    .map((membership) => membership.id);
}

/** The Executive Committee's offices in the order they are elected. */
export const EXECUTIVE_OFFICE_ORDER: readonly BodyOffice[] = BODY_OFFICES;
