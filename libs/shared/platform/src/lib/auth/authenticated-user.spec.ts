import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { mayActInCounty, mayActInSomeCounty, requireCountyAccess, type AuthenticatedUser } from './authenticated-user';

const user = (roles: AuthenticatedUser['roles'], clerkOf: string[] = []): AuthenticatedUser => ({ accountId: 'a', roles, tokenId: undefined, clerkOf });

describe('county access', () => {
  it('lets agency staff and admins act in every county', () => {
    expect(mayActInCounty(user(['resident', 'staff']), '55025')).toBe(true);
    expect(mayActInCounty(user(['admin']), '55079')).toBe(true);
  });

  it('lets a clerk act only in the counties named in their grant', () => {
    const clerk = user(['resident', 'clerk'], ['55025', '55001']);
    expect(mayActInCounty(clerk, '55025')).toBe(true);
    expect(mayActInCounty(clerk, '55001')).toBe(true);
    expect(mayActInCounty(clerk, '55079')).toBe(false);
  });

  it('gives counties to nobody else: residents, board members, observers, or a county list without the clerk role', () => {
    for (const roles of [['resident'], ['board'], ['observer']] as const) expect(mayActInCounty(user([...roles]), '55025')).toBe(false);
    expect(mayActInCounty(user(['resident'], ['55025']), '55025')).toBe(false);
  });

  it('lets an observer read a county’s staff views, and change nothing', () => {
    const observer = user(['resident', 'observer']);
    expect(() => requireCountyAccess(observer, '55025', { read: true })).not.toThrow();
    expect(() => requireCountyAccess(observer, '55025')).toThrow(DomainError);
  });

  it('admits to county mutations staff, admins and clerks with a county, nobody else', () => {
    expect([['staff'], ['admin']].map((roles) => mayActInSomeCounty(user(roles as AuthenticatedUser['roles'])))).toEqual([true, true]);
    expect(mayActInSomeCounty(user(['clerk'], ['55025']))).toBe(true);
    expect(mayActInSomeCounty(user(['clerk']))).toBe(false);
    expect(mayActInSomeCounty(user(['resident', 'observer', 'board']))).toBe(false);
  });

  it('refuses with FORBIDDEN naming the county', () => {
    let refusal: unknown;
    try {
      requireCountyAccess(user(['clerk'], ['55025']), '55079');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: ErrorCode.FORBIDDEN, details: { countyCode: '55079' } });
  });
});
