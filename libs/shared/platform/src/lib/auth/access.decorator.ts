import { SetMetadata } from '@nestjs/common';
import type { Role } from '@civic/contracts';

export const ACCESS_METADATA = 'civic:access';

/**
 * Who may call a resolver. Every query, mutation and entity resolver must declare one;
 * the service refuses to start otherwise (see AccessAudit).
 */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] } | { kind: 'county' };

/** Anyone, signed in or not. A token that is present must still be valid. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Any signed-in account. */
export const Authenticated = () => SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRule);

/** Signed-in accounts holding at least one of these roles. */
export const RequireRoles = (...roles: [Role, ...Role[]]) => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule);

/**
 * A county's operations: agency staff and admins anywhere, county clerks in the counties
 * they serve. The guard admits staff, admins and clerks; the use case then names the county
 * and calls requireCountyAccess, which refuses a clerk of another county (FORBIDDEN).
 */
export const RequireCountyAccess = () => SetMetadata(ACCESS_METADATA, { kind: 'county' } satisfies AccessRule);
