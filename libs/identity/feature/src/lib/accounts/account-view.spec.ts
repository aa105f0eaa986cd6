import type { AuthenticatedUser } from '@civic/platform';
import { maySeePrivate, maySeeResidency, type AccountView } from './account-view';

const account = (jurisdictionCode: string | null): AccountView => ({
  id: 'ann',
  displayName: 'Ann',
  email: 'ann@example.test',
  roles: ['resident'],
  clerkOf: [],
  residency: { jurisdictionCode, status: jurisdictionCode ? 'verified' : 'unverified', method: null, verifiedAt: null },
  emailVerifiedAt: null,
  language: null,
  createdAt: new Date(0),
  revealPrivate: false,
});
const viewer = (roles: AuthenticatedUser['roles'], clerkOf: string[] = []): AuthenticatedUser => ({ accountId: 'viewer', roles, tokenId: undefined, clerkOf });

describe('who sees an account’s residency', () => {
  it('is the account itself, staff and admins, as for every private part', () => {
    expect(maySeeResidency(account('55025'), { ...viewer(['resident']), accountId: 'ann' })).toBe(true);
    expect(maySeeResidency(account('55025'), viewer(['staff']))).toBe(true);
    expect(maySeeResidency(account('55025'), viewer(['admin']))).toBe(true);
  });

  it('and a clerk of its county — who still does not see the email', () => {
    const clerk = viewer(['resident', 'clerk'], ['55025']);
    expect(maySeeResidency(account('55025'), clerk)).toBe(true);
    expect(maySeePrivate(account('55025'), clerk)).toBe(false);
  });

  it('but not a clerk of another county, a resident, anyone anonymous, or anyone for an account with no county', () => {
    expect(maySeeResidency(account('55025'), viewer(['resident', 'clerk'], ['55079']))).toBe(false);
    expect(maySeeResidency(account('55025'), viewer(['resident']))).toBe(false);
    expect(maySeeResidency(account('55025'), undefined)).toBe(false);
    expect(maySeeResidency(account(null), viewer(['resident', 'clerk'], ['55025']))).toBe(false);
  });
});
