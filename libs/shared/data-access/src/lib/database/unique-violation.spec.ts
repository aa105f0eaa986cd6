import { QueryFailedError } from 'typeorm';
import { isUniqueViolation } from './unique-violation';

const failure = (driverError: Record<string, unknown>) => new QueryFailedError('INSERT …', [], Object.assign(new Error('driver'), driverError));

describe('isUniqueViolation', () => {
  it('recognises a unique violation, on any constraint or the named one', () => {
    const error = failure({ code: '23505', constraint: 'meeting_year_taken' });
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'meeting_year_taken')).toBe(true);
    expect(isUniqueViolation(error, 'another_constraint')).toBe(false);
  });

  it('is false for other database errors and for errors that are not from the database', () => {
    expect(isUniqueViolation(failure({ code: '23503', constraint: 'meeting_year_taken' }))).toBe(false);
    expect(isUniqueViolation(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});
