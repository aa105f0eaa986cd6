import { revokeResidency, selfDeclaredResidency, verifyResidency, type Residency } from './residency';

const now = new Date('2026-04-13T18:00:00Z');
const verified: Residency = { jurisdictionCode: '55025', status: 'verified', method: 'voter-roll', verifiedAt: now };

describe('residency', () => {
  it('verifies an unverified residency', () => {
    expect(verifyResidency(selfDeclaredResidency('55025'), '55025', 'staff-in-person', now)).toEqual({
      kind: 'verified',
      residency: { jurisdictionCode: '55025', status: 'verified', method: 'staff-in-person', verifiedAt: now },
    });
  });

  it('is a no-op when the same jurisdiction and method are verified again', () => {
    expect(verifyResidency(verified, '55025', 'voter-roll', now)).toEqual({ kind: 'unchanged' });
  });

  it('is news when the county or the method changes', () => {
    expect(verifyResidency(verified, '55001', 'voter-roll', now).kind).toBe('verified');
    expect(verifyResidency(verified, '55025', 'staff-in-person', now).kind).toBe('verified');
  });

  it('revokes only a verified residency and keeps its county', () => {
    expect(revokeResidency(selfDeclaredResidency(null))).toEqual({ kind: 'not-verified' });
    const outcome = revokeResidency(verified);
    expect(outcome).toEqual({ kind: 'revoked', jurisdictionCode: '55025', residency: { ...verified, status: 'revoked' } });
  });

  it('records a self-declared county as unverified', () => {
    expect(selfDeclaredResidency('55025')).toEqual({
      jurisdictionCode: '55025',
      status: 'unverified',
      method: 'self-declared',
      verifiedAt: null,
    });
  });
});
