/**
 * The bodies of a congress. County delegations are derived from the seats (every delegate
 * in office in the county is a member); the others keep their members as stored
 * memberships that staff assign today and election results will fill later.
 */
export const BODY_KINDS = ['county-delegation', 'district-leadership-council', 'executive-committee', 'advisory-committee', 'youth-congress'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const BODY_OFFICES = ['chair', 'vice-chair', 'secretary', 'public-relations-officer', 'historian'] as const;
export type BodyOffice = (typeof BODY_OFFICES)[number];

/** Which offices a body has, and whether a member must hold one (the Executive Committee is only its officers). */
export const OFFICES_OF_KIND: Readonly<Record<BodyKind, { offices: readonly BodyOffice[]; officeRequired: boolean }>> = {
  'county-delegation': { offices: ['chair', 'vice-chair'], officeRequired: true },
  'district-leadership-council': { offices: [], officeRequired: false },
  'executive-committee': { offices: BODY_OFFICES, officeRequired: true },
  'advisory-committee': { offices: ['chair'], officeRequired: false },
  'youth-congress': { offices: ['chair'], officeRequired: false },
};

/** The Wisconsin rule: 2 council members per district, at most one from any county. */
export const DLC_MEMBERS_PER_DISTRICT = 2;
export const DLC_MAX_PER_COUNTY = 1;

/** Stable body codes, so that seeds are idempotent and clients can find a body by name. */
export const DLC_CODE = 'district-leadership-council';
export const EXECUTIVE_COMMITTEE_CODE = 'executive-committee';

export function delegationCode(countyCode: string): string {
  return `delegation-${countyCode}`;
}

export function committeeCode(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `committee-${slug}`;
}
