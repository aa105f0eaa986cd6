import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { checkRoleChange, grantRole, revokeRole, type RoleHolding } from './role-grants';

const resident: RoleHolding = { roles: ['resident'], clerkOf: [] };
const clerk = (...counties: string[]): RoleHolding => ({ roles: ['resident', 'clerk'], clerkOf: counties });

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checkRoleChange', () => {
  it('normalizes a clerk grant’s counties: trimmed, upper-case, distinct, sorted', () => {
    expect(checkRoleChange({ role: 'clerk', counties: [' 55025', '55001', '55025 '], reason: ' new clerk ' }, 'grant')).toEqual({
      role: 'clerk',
      counties: ['55001', '55025'],
      reason: 'new clerk',
    });
  });

  it('needs at least one county in a clerk grant, and none for other roles', () => {
    expect(refusal(() => checkRoleChange({ role: 'clerk', counties: [], reason: 'r' }, 'grant'))).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'counties' },
    });
    expect(checkRoleChange({ role: 'clerk', reason: 'r' }, 'revoke')).toMatchObject({ counties: [] });
    expect(refusal(() => checkRoleChange({ role: 'staff', counties: ['55025'], reason: 'r' }, 'grant'))).toMatchObject({ details: { field: 'counties' } });
    expect(checkRoleChange({ role: 'board', counties: [], reason: 'r' }, 'grant')).toEqual({ role: 'board', counties: [], reason: 'r' });
  });

  it('refuses malformed county codes, naming them', () => {
    expect(refusal(() => checkRoleChange({ role: 'clerk', counties: ['55025', "55'; --"], reason: 'r' }, 'grant'))).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'counties', invalid: ["55'; --"] },
    });
  });

  it('refuses resident and unknown roles, and a blank or overlong reason', () => {
    expect(refusal(() => checkRoleChange({ role: 'resident', reason: 'r' }, 'grant'))).toMatchObject({ details: { field: 'role' } });
    expect(refusal(() => checkRoleChange({ role: 'root', reason: 'r' }, 'grant'))).toMatchObject({ details: { field: 'role' } });
    expect(refusal(() => checkRoleChange({ role: 'staff', reason: '   ' }, 'grant'))).toMatchObject({ details: { field: 'reason' } });
    expect(refusal(() => checkRoleChange({ role: 'staff', reason: 'x'.repeat(501) }, 'grant'))).toMatchObject({ details: { field: 'reason', max: 500 } });
  });
});

describe('grantRole', () => {
  it('adds a role once, in the order of ROLES', () => {
    const change = checkRoleChange({ role: 'observer', reason: 'r' }, 'grant');
    expect(grantRole({ roles: ['admin', 'resident'], clerkOf: [] }, change)).toEqual({
      kind: 'changed',
      holding: { roles: ['resident', 'observer', 'admin'], clerkOf: [] },
      counties: [],
    });
    expect(grantRole({ roles: ['resident', 'observer'], clerkOf: [] }, change)).toEqual({ kind: 'unchanged' });
  });

  it('adds a clerk grant’s counties to those served, recording only the new ones', () => {
    const grant = (counties: string[]) => checkRoleChange({ role: 'clerk', counties, reason: 'r' }, 'grant');
    expect(grantRole(resident, grant(['55025']))).toEqual({ kind: 'changed', holding: clerk('55025'), counties: ['55025'] });
    expect(grantRole(clerk('55025'), grant(['55001', '55025']))).toEqual({ kind: 'changed', holding: clerk('55001', '55025'), counties: ['55001'] });
    expect(grantRole(clerk('55025'), grant(['55025']))).toEqual({ kind: 'unchanged' });
  });
});

describe('revokeRole', () => {
  const revoke = (role: string, counties?: string[]) => checkRoleChange({ role, counties, reason: 'r' }, 'revoke');

  it('removes a clerk’s named counties, and the role with the last one', () => {
    expect(revokeRole(clerk('55001', '55025'), revoke('clerk', ['55001']), 1)).toEqual({ kind: 'changed', holding: clerk('55025'), counties: ['55001'] });
    expect(revokeRole(clerk('55025'), revoke('clerk', ['55025']), 1)).toEqual({ kind: 'changed', holding: resident, counties: ['55025'] });
  });

  it('removes the clerk role and all its counties when none are named', () => {
    expect(revokeRole(clerk('55001', '55025'), revoke('clerk'), 1)).toEqual({ kind: 'changed', holding: resident, counties: ['55001', '55025'] });
  });

  it('refuses what the account does not hold (CONFLICT)', () => {
    expect(refusal(() => revokeRole(resident, revoke('staff'), 2))).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(refusal(() => revokeRole(clerk('55025'), revoke('clerk', ['55001']), 2))).toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { counties: ['55001'] },
    });
  });

  it('never removes the last admin, and leaves every account at least a resident', () => {
    expect(refusal(() => revokeRole({ roles: ['admin'], clerkOf: [] }, revoke('admin'), 1))).toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { reason: 'last-admin' },
    });
    expect(revokeRole({ roles: ['admin'], clerkOf: [] }, revoke('admin'), 2)).toEqual({ kind: 'changed', holding: resident, counties: [] });
    expect(revokeRole({ roles: ['staff', 'admin'], clerkOf: [] }, revoke('staff'), 1)).toMatchObject({ holding: { roles: ['admin'] } });
  });
});
