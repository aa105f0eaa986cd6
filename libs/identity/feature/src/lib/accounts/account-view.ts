import type { Role } from '@civic/contracts';
import type { MailLanguage, Residency } from '@civic/identity-domain';
import { residencyOf, type AccountEntity } from '@civic/identity-data-access';
import { hasAnyRole, mayActInCounty, type AuthenticatedUser } from '@civic/platform';

/**
 * What resolvers return for an Account. Private parts (email, roles, residency) are shown
 * only to the account itself, to staff and admins, and in the payload of the sign-in or
 * registration that just proved ownership (`revealPrivate`). Everyone else sees id and
 * display name.
 */
export interface AccountView {
  id: string;
  displayName: string;
  email: string;
  roles: Role[];
  /** The counties a clerk serves (jurisdiction codes). */
  clerkOf: string[];
  residency: Residency;
  emailVerifiedAt: Date | null;
  language: MailLanguage | null;
  createdAt: Date;
  revealPrivate: boolean;
}

export function toAccountView(account: AccountEntity, options: { revealPrivate?: boolean } = {}): AccountView {
  return {
    id: account.id,
    displayName: account.displayName,
    email: account.email,
    roles: account.roles,
    clerkOf: account.clerkOf ?? [],
    residency: residencyOf(account),
    emailVerifiedAt: account.emailVerifiedAt,
    language: account.language,
    createdAt: account.createdAt,
    revealPrivate: options.revealPrivate ?? false,
  };
}

export function maySeePrivate(account: AccountView, viewer: AuthenticatedUser | undefined): boolean {
  if (account.revealPrivate) return true;
  if (!viewer) return false;
  return viewer.accountId === account.id || hasAnyRole(viewer, ['staff', 'admin']);
}

/** Roles and a clerk's counties: whoever may see the private parts, and observers, who read the staff views. */
export function maySeeRoles(account: AccountView, viewer: AuthenticatedUser | undefined): boolean {
  return maySeePrivate(account, viewer) || (viewer !== undefined && hasAnyRole(viewer, ['observer']));
}

/**
 * The residency: whoever may see the private parts, and a clerk of the residency's county
 * (who verifies residents there in person and must see what they verified) — never the email.
 */
export function maySeeResidency(account: AccountView, viewer: AuthenticatedUser | undefined): boolean {
  if (maySeePrivate(account, viewer)) return true;
  const county = account.residency.jurisdictionCode;
  return viewer !== undefined && county !== null && mayActInCounty(viewer, county);
}
