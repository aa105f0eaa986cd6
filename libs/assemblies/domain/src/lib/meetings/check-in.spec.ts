import type { Resident } from '../residents';
import { canVoteAtMeeting, decideCheckIn, decideVotingRight, normalizeAttendee } from './check-in';

const DANE = '55025';
const MILWAUKEE = '55079';
const accountId = '3d9f7a4e-1c2b-4e8f-9a6d-5b4c3a2e1f00';
const resident = (overrides: Partial<Resident> = {}): Resident => ({
  accountId,
  jurisdictionCode: DANE,
  status: 'verified',
  verifiedAt: new Date('2026-01-01T00:00:00Z'),
  effectiveAt: new Date('2026-01-01T00:00:00Z'),
  ...overrides,
});
const openDane = { status: 'open' as const, jurisdictionCode: DANE };

describe('decideVotingRight', () => {
  it('gives a verified resident of the county a vote', () => {
    expect(decideVotingRight(DANE, accountId, resident())).toEqual({ withVote: true, reason: 'verified-resident' });
  });

  it('lets everyone else attend without a vote, saying why', () => {
    expect(decideVotingRight(DANE, null, null)).toEqual({ withVote: false, reason: 'walk-in' });
    expect(decideVotingRight(DANE, accountId, null)).toEqual({ withVote: false, reason: 'not-verified' });
    expect(decideVotingRight(DANE, accountId, resident({ jurisdictionCode: MILWAUKEE }))).toEqual({
      withVote: false,
      reason: 'resident-elsewhere',
    });
    expect(decideVotingRight(DANE, accountId, resident({ status: 'revoked' }))).toEqual({ withVote: false, reason: 'residency-revoked' });
  });

  it('refuses a residency that belongs to someone else', () => {
    expect(() => decideVotingRight(DANE, '00000000-0000-4000-8000-000000000000', resident())).toThrow();
  });
});

describe('decideCheckIn', () => {
  it('only checks in while the meeting is open', () => {
    expect(decideCheckIn({ status: 'scheduled', jurisdictionCode: DANE }, accountId, resident(), null)).toEqual({
      kind: 'refuse',
      reason: 'meeting-not-open',
    });
    expect(decideCheckIn({ status: 'closed', jurisdictionCode: DANE }, accountId, resident(), null).kind).toBe('refuse');
  });

  it('records a first check-in with the right decided', () => {
    expect(decideCheckIn(openDane, accountId, resident(), null)).toEqual({
      kind: 'record',
      right: { withVote: true, reason: 'verified-resident' },
    });
  });

  it('is idempotent for an account already checked in', () => {
    expect(decideCheckIn(openDane, accountId, resident(), { withVote: true, reason: 'verified-resident' })).toEqual({ kind: 'unchanged' });
    expect(decideCheckIn(openDane, accountId, null, { withVote: false, reason: 'not-verified' })).toEqual({ kind: 'unchanged' });
  });

  it('gives the vote to someone verified at the door after a first check-in, and never takes it away', () => {
    expect(decideCheckIn(openDane, accountId, resident(), { withVote: false, reason: 'not-verified' })).toEqual({
      kind: 'upgrade',
      right: { withVote: true, reason: 'verified-resident' },
    });
    expect(decideCheckIn(openDane, accountId, resident({ status: 'revoked' }), { withVote: true, reason: 'verified-resident' })).toEqual({
      kind: 'unchanged',
    });
  });
});

describe('normalizeAttendee', () => {
  it('needs an account id or a name', () => {
    expect(normalizeAttendee({}).problems.map((p) => p.field)).toEqual(['accountId']);
    expect(normalizeAttendee({ accountId: ' ', name: ' ' }).problems).toHaveLength(1);
    expect(normalizeAttendee({ accountId: 'not-a-uuid' }).problems.map((p) => p.field)).toEqual(['accountId']);
    expect(normalizeAttendee({ name: 'x'.repeat(201) }).problems.map((p) => p.field)).toEqual(['name']);
  });

  it('trims the name and lower-cases the account id', () => {
    expect(normalizeAttendee({ accountId: accountId.toUpperCase(), name: '  Ada  ' })).toEqual({
      attendee: { accountId, name: 'Ada' },
      problems: [],
    });
  });
});

describe('canVoteAtMeeting', () => {
  it('needs a check-in with a vote and a residency still verified in the county', () => {
    expect(canVoteAtMeeting(DANE, { withVote: true }, resident())).toBe(true);
    expect(canVoteAtMeeting(DANE, { withVote: false }, resident())).toBe(false);
    expect(canVoteAtMeeting(DANE, null, resident())).toBe(false);
    expect(canVoteAtMeeting(DANE, { withVote: true }, resident({ status: 'revoked' }))).toBe(false);
    expect(canVoteAtMeeting(DANE, { withVote: true }, resident({ jurisdictionCode: MILWAUKEE }))).toBe(false);
  });
});
