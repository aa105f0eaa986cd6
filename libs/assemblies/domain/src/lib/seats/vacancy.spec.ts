import { mayEndTenure, validateDisplayName, validateReason } from './vacancy';

describe('vacancies', () => {
  it('lets staff resign or remove anyone, and a delegate only resign themself', () => {
    expect(mayEndTenure('removed', { accountId: 's', isStaff: true }, 'd')).toBe(true);
    expect(mayEndTenure('resigned', { accountId: 'd', isStaff: false }, 'd')).toBe(true);
    expect(mayEndTenure('removed', { accountId: 'd', isStaff: false }, 'd')).toBe(false);
    expect(mayEndTenure('resigned', { accountId: 'x', isStaff: false }, 'd')).toBe(false);
  });

  it('wants a reason and a name', () => {
    expect(validateReason('  ')).toEqual(['reason must not be empty']);
    expect(validateReason('x'.repeat(1001))).toHaveLength(1);
    expect(validateReason('moved away')).toEqual([]);
    expect(validateDisplayName('')).toHaveLength(1);
    expect(validateDisplayName('Ada')).toEqual([]);
  });
});
