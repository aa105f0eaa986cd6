import type { BodyKind, BodyOffice } from './body-kinds';
import { DLC_MAX_PER_COUNTY, DLC_MEMBERS_PER_DISTRICT, OFFICES_OF_KIND } from './body-kinds';

/** A current member or office holder of a body (from stored memberships). */
export interface SittingMember {
  accountId: string;
  office: BodyOffice | null;
  countyCode: string | null;
  districtCode: string | null;
}

/** What the service knows about the person being assigned. */
export interface Candidate {
  accountId: string;
  /** The county of the seat the person holds now; null when not a delegate in office. */
  delegateOf: { countyCode: string; districtCode: string } | null;
  /** Whether the person sits on the District Leadership Council now. */
  onCouncil: boolean;
}

export type AssignmentRefusal =
  | { code: 'BAD_USER_INPUT'; message: string }
  | { code: 'NOT_A_DELEGATE'; message: string }
  | { code: 'NOT_A_COUNCIL_MEMBER'; message: string }
  | { code: 'BODY_COUNTY_TAKEN'; message: string }
  | { code: 'BODY_DISTRICT_FULL'; message: string }
  | { code: 'OFFICE_TAKEN'; message: string }
  | { code: 'ALREADY_HOLDS_OFFICE'; message: string };

export type AssignmentDecision = { kind: 'assign'; countyCode: string | null; districtCode: string | null } | { kind: 'refuse'; refusal: AssignmentRefusal };

const refuse = (code: AssignmentRefusal['code'], message: string): AssignmentDecision => ({ kind: 'refuse', refusal: { code, message } });

/**
 * Decides whether a person may take a membership (and office) in a body. The rules, checked
 * in this order so that the most fundamental reason is reported:
 *  - the office must exist in that kind of body (and the Executive Committee and a county
 *    delegation's stored memberships are offices only);
 *  - a county delegation's officers must hold a seat of that county; council members must
 *    be delegates in office; Executive officers must sit on the council;
 *  - nobody holds two memberships or offices in one body ("no double office");
 *  - an office has one holder at a time;
 *  - the council has at most one member per county and two per district.
 * The same function decides for staff assignments and, later, for certified election
 * results, so both paths obey one rule book.
 */
export function decideAssignment(
  body: { kind: BodyKind; countyCode: string | null },
  office: BodyOffice | null,
  candidate: Candidate,
  sitting: readonly SittingMember[],
): AssignmentDecision {
  const { offices, officeRequired } = OFFICES_OF_KIND[body.kind];
  if (office === null && officeRequired) return refuse('BAD_USER_INPUT', `A ${body.kind} membership needs an office (${offices.join(', ')}).`);
  if (office !== null && !offices.includes(office)) {
    return refuse(
      'BAD_USER_INPUT',
      offices.length === 0 ? `A ${body.kind} has no offices.` : `A ${body.kind} has the offices ${offices.join(', ')}; not ${office}.`,
    );
  }

  switch (body.kind) {
    case 'county-delegation':
      if (candidate.delegateOf?.countyCode !== body.countyCode) {
        return refuse('NOT_A_DELEGATE', 'A county delegation’s chair and vice-chair must hold a seat of that county.');
      }
      break;
    case 'district-leadership-council':
      if (!candidate.delegateOf) return refuse('NOT_A_DELEGATE', 'Council members must be delegates in office.');
      break;
    case 'executive-committee':
      if (!candidate.onCouncil) return refuse('NOT_A_COUNCIL_MEMBER', 'Executive Committee officers must sit on the District Leadership Council.');
      break;
    case 'advisory-committee':
    case 'youth-congress':
      break;
  }

  if (sitting.some((member) => member.accountId === candidate.accountId)) {
    return refuse('ALREADY_HOLDS_OFFICE', 'The person already holds a membership or office in this body: end it first.');
  }
  if (office !== null && sitting.some((member) => member.office === office)) {
    return refuse('OFFICE_TAKEN', `The office of ${office} is held: end that term first.`);
  }

  if (body.kind === 'district-leadership-council' && candidate.delegateOf) {
    const { countyCode, districtCode } = candidate.delegateOf;
    if (sitting.filter((member) => member.countyCode === countyCode).length >= DLC_MAX_PER_COUNTY) {
      return refuse('BODY_COUNTY_TAKEN', 'The council already has a member from this county (at most one per county).');
    }
    if (sitting.filter((member) => member.districtCode === districtCode).length >= DLC_MEMBERS_PER_DISTRICT) {
      return refuse('BODY_DISTRICT_FULL', `The council already has ${DLC_MEMBERS_PER_DISTRICT} members from this district.`);
    }
    return { kind: 'assign', countyCode, districtCode };
  }
  return { kind: 'assign', countyCode: candidate.delegateOf?.countyCode ?? null, districtCode: candidate.delegateOf?.districtCode ?? null };
}
