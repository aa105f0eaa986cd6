import { decideAssignment, type Candidate, type SittingMember } from './body-assignment';
import { committeeCode, delegationCode } from './body-kinds';
import { isCurrentMembership, oneYearTerm } from './body-term';
import { decideConflictDeclaration, decideMinutesEdit, decideVote, tally } from './body-voting';

const delegate = (accountId: string, countyCode: string, districtCode: string, onCouncil = false): Candidate => ({
  accountId,
  delegateOf: { countyCode, districtCode },
  onCouncil,
});
const member = (accountId: string, countyCode: string | null, districtCode: string | null, office: SittingMember['office'] = null): SittingMember => ({
  accountId,
  office,
  countyCode,
  districtCode,
});
const DLC = { kind: 'district-leadership-council', countyCode: null } as const;
const EXEC = { kind: 'executive-committee', countyCode: null } as const;
const refusal = (decision: ReturnType<typeof decideAssignment>) => (decision.kind === 'refuse' ? decision.refusal.code : 'assign');

describe('District Leadership Council assignments', () => {
  it('seats two delegates of a district from different counties, recording their county and district', () => {
    expect(decideAssignment(DLC, null, delegate('a', 'C1', 'D1'), [])).toEqual({ kind: 'assign', countyCode: 'C1', districtCode: 'D1' });
    expect(refusal(decideAssignment(DLC, null, delegate('b', 'C2', 'D1'), [member('a', 'C1', 'D1')]))).toBe('assign');
  });

  it('refuses a second member from the same county, even when the district has room', () => {
    expect(refusal(decideAssignment(DLC, null, delegate('b', 'C1', 'D1'), [member('a', 'C1', 'D1')]))).toBe('BODY_COUNTY_TAKEN');
  });

  it('refuses a third member from a district', () => {
    const sitting = [member('a', 'C1', 'D1'), member('b', 'C2', 'D1'), member('x', 'C9', 'D2')];
    expect(refusal(decideAssignment(DLC, null, delegate('c', 'C3', 'D1'), sitting))).toBe('BODY_DISTRICT_FULL');
    expect(refusal(decideAssignment(DLC, null, delegate('c', 'C3', 'D2'), sitting))).toBe('assign');
  });

  it('refuses someone who is not a delegate in office, an office on the council, and a double membership', () => {
    expect(refusal(decideAssignment(DLC, null, { accountId: 'p', delegateOf: null, onCouncil: false }, []))).toBe('NOT_A_DELEGATE');
    expect(refusal(decideAssignment(DLC, 'chair', delegate('a', 'C1', 'D1'), []))).toBe('BAD_USER_INPUT');
    expect(refusal(decideAssignment(DLC, null, delegate('a', 'C1', 'D1'), [member('a', 'C1', 'D1')]))).toBe('ALREADY_HOLDS_OFFICE');
  });
});

describe('Executive Committee assignments', () => {
  it('takes officers from the council only, one holder per office, one office per person', () => {
    expect(refusal(decideAssignment(EXEC, 'chair', delegate('a', 'C1', 'D1', false), []))).toBe('NOT_A_COUNCIL_MEMBER');
    expect(refusal(decideAssignment(EXEC, 'chair', delegate('a', 'C1', 'D1', true), []))).toBe('assign');
    expect(refusal(decideAssignment(EXEC, 'chair', delegate('b', 'C2', 'D1', true), [member('a', 'C1', 'D1', 'chair')]))).toBe('OFFICE_TAKEN');
    expect(refusal(decideAssignment(EXEC, 'historian', delegate('a', 'C1', 'D1', true), [member('a', 'C1', 'D1', 'chair')]))).toBe('ALREADY_HOLDS_OFFICE');
  });

  it('needs one of its five offices', () => {
    expect(refusal(decideAssignment(EXEC, null, delegate('a', 'C1', 'D1', true), []))).toBe('BAD_USER_INPUT');
    for (const office of ['chair', 'vice-chair', 'secretary', 'public-relations-officer', 'historian'] as const) {
      expect(refusal(decideAssignment(EXEC, office, delegate('a', 'C1', 'D1', true), []))).toBe('assign');
    }
  });
});

describe('county delegation officers', () => {
  const delegation = { kind: 'county-delegation', countyCode: 'C1' } as const;
  it('must hold a seat of that county, as chair or vice-chair, not both', () => {
    expect(refusal(decideAssignment(delegation, 'chair', delegate('a', 'C1', 'D1'), []))).toBe('assign');
    expect(refusal(decideAssignment(delegation, 'chair', delegate('b', 'C2', 'D1'), []))).toBe('NOT_A_DELEGATE');
    expect(refusal(decideAssignment(delegation, 'chair', { accountId: 'p', delegateOf: null, onCouncil: false }, []))).toBe('NOT_A_DELEGATE');
    expect(refusal(decideAssignment(delegation, 'secretary', delegate('a', 'C1', 'D1'), []))).toBe('BAD_USER_INPUT');
    expect(refusal(decideAssignment(delegation, 'vice-chair', delegate('a', 'C1', 'D1'), [member('a', 'C1', 'D1', 'chair')]))).toBe('ALREADY_HOLDS_OFFICE');
    expect(refusal(decideAssignment(delegation, null, delegate('a', 'C1', 'D1'), []))).toBe('BAD_USER_INPUT');
  });
});

describe('advisory committees', () => {
  const committee = { kind: 'advisory-committee', countyCode: null } as const;
  it('take any person as member and one chair', () => {
    expect(decideAssignment(committee, null, { accountId: 'p', delegateOf: null, onCouncil: false }, [])).toEqual({
      kind: 'assign',
      countyCode: null,
      districtCode: null,
    });
    expect(refusal(decideAssignment(committee, 'chair', delegate('b', 'C1', 'D1'), [member('a', null, null, 'chair')]))).toBe('OFFICE_TAKEN');
    expect(refusal(decideAssignment(committee, 'historian', delegate('b', 'C1', 'D1'), []))).toBe('BAD_USER_INPUT');
  });
});

describe('terms', () => {
  it('run one year, from the same day to the same day', () => {
    expect(oneYearTerm('2026-05-09')).toEqual({ termStart: '2026-05-09', termEnd: '2027-05-09' });
    expect(oneYearTerm('2028-02-29')).toEqual({ termStart: '2028-02-29', termEnd: '2029-02-28' });
    expect(() => oneYearTerm('2026-13-01')).toThrow(RangeError);
  });

  it('count from start until end or early ending', () => {
    const term = { termStart: '2026-05-09', termEnd: '2027-05-09', ended: false };
    expect(isCurrentMembership(term, '2026-05-08')).toBe(false);
    expect(isCurrentMembership(term, '2026-05-09')).toBe(true);
    expect(isCurrentMembership(term, '2027-05-09')).toBe(false);
    expect(isCurrentMembership({ ...term, ended: true }, '2026-06-01')).toBe(false);
  });
});

describe('votes and conflicts of interest', () => {
  const ok = { isMember: true, motionOpen: true, conflictDeclared: false, alreadyVoted: false };
  it('lets a member without a conflict vote once on an open motion', () => {
    expect(decideVote(ok)).toBeNull();
    expect(decideVote({ ...ok, isMember: false })).toBe('NOT_A_BODY_MEMBER');
    expect(decideVote({ ...ok, motionOpen: false })).toBe('MOTION_CLOSED');
    expect(decideVote({ ...ok, conflictDeclared: true })).toBe('CONFLICT_OF_INTEREST_DECLARED');
    expect(decideVote({ ...ok, alreadyVoted: true })).toBe('ALREADY_VOTED');
  });

  it('takes a declaration with a short, tidied reason, before any vote on the item', () => {
    const base = { isMember: true, reason: '  I own   land on the river  ', alreadyDeclared: false, votedOnItem: false };
    expect(decideConflictDeclaration(base)).toEqual({ reason: 'I own land on the river' });
    expect(decideConflictDeclaration({ ...base, reason: ' ' })).toMatchObject({ refusal: 'BAD_USER_INPUT' });
    expect(decideConflictDeclaration({ ...base, reason: 'x'.repeat(501) })).toMatchObject({ refusal: 'BAD_USER_INPUT' });
    expect(decideConflictDeclaration({ ...base, isMember: false })).toMatchObject({ refusal: 'NOT_A_BODY_MEMBER' });
    expect(decideConflictDeclaration({ ...base, alreadyDeclared: true })).toMatchObject({ refusal: 'ALREADY_DECLARED' });
    expect(decideConflictDeclaration({ ...base, votedOnItem: true })).toMatchObject({ refusal: 'ALREADY_VOTED' });
  });

  it('counts votes by choice', () => {
    expect(tally([{ choice: 'yes' }, { choice: 'no' }, { choice: 'yes' }, { choice: 'abstain' }])).toEqual({ yes: 2, no: 1, abstain: 1 });
  });
});

describe('minutes', () => {
  it('are editable until approved', () => {
    expect(decideMinutesEdit(null, ' Met at 7pm. ')).toEqual({ text: 'Met at 7pm.' });
    expect(decideMinutesEdit({ approvedAt: null }, 'Corrected.')).toEqual({ text: 'Corrected.' });
    expect(decideMinutesEdit({ approvedAt: new Date() }, 'Too late.')).toMatchObject({ refusal: 'MINUTES_APPROVED' });
    expect(decideMinutesEdit(null, '  ')).toMatchObject({ refusal: 'BAD_USER_INPUT' });
  });
});

describe('codes', () => {
  it('are stable slugs', () => {
    expect(delegationCode('55025')).toBe('delegation-55025');
    expect(committeeCode('Law Enforcement/Public Safety')).toBe('committee-law-enforcement-public-safety');
    expect(committeeCode('Deer and Elk Advisory Committee')).toBe('committee-deer-and-elk-advisory-committee');
  });
});
