/**
 * Platform roles carried in access tokens. Delegate and committee roles are not
 * account roles: they come from the assemblies service (seats and memberships).
 */
export const ROLES = ['resident', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
