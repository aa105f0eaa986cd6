import { isVerifiedResidentOf, type Resident } from './resident';

const resident = (status: Resident['status'], jurisdictionCode: string): Resident => ({
  accountId: '0b8e6c3e-6a51-4f0e-9a0f-7b1c2d3e4f50',
  jurisdictionCode,
  status,
  verifiedAt: new Date('2026-01-01T10:00:00Z'),
  effectiveAt: new Date(status === 'verified' ? '2026-01-01T10:00:00Z' : '2026-02-01T10:00:00Z'),
});

describe('isVerifiedResidentOf', () => {
  it('is true only for a verified residency of that county', () => {
    expect(isVerifiedResidentOf(resident('verified', '55025'), '55025')).toBe(true);
    expect(isVerifiedResidentOf(resident('verified', '55025'), '55079')).toBe(false);
    expect(isVerifiedResidentOf(resident('revoked', '55025'), '55025')).toBe(false);
    expect(isVerifiedResidentOf(null, '55025')).toBe(false);
  });
});
