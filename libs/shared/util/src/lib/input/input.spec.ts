import { ErrorCode } from '@civic/contracts';
import { DomainError } from '../errors';
import { isUuid, requireUuid } from './identifiers';
import { badInput, inputProblemError, notFound, refuseProblems } from './problems';
import { characterCount, optionalText, requiredText } from './text';

function thrown(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('identifiers', () => {
  it('accepts UUIDs in any case and returns them lower-cased', () => {
    expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
    expect(requireUuid('0F8FAD5B-D9CB-469F-A165-70867728950E', 'id')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('refuses anything else as BAD_USER_INPUT naming the field', () => {
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950')).toBe(false);
    const error = thrown(() => requireUuid("1' or '1'='1", 'accountId'));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details).toEqual({ field: 'accountId' });
  });
});

describe('text', () => {
  it('counts characters as people do, not UTF-16 units', () => {
    expect(characterCount('🦌')).toBe(1);
    expect(characterCount('e\u0301')).toBe(1);
    expect('🦌'.length).toBe(2);
  });

  it('trims required text and refuses empty or too long text', () => {
    expect(requiredText('  Deer  ', 'title', 4)).toBe('Deer');
    expect(requiredText('🦌🦌🦌', 'title', 3)).toBe('🦌🦌🦌');
    expect(thrown(() => requiredText('   ', 'title', 4)).message).toBe('title is required.');
    expect(thrown(() => requiredText(undefined, 'title', 4)).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(thrown(() => requiredText('Deers', 'title', 4)).details).toEqual({ field: 'title', max: 4 });
  });

  it('returns the text composed (NFC), so that it stores as long as it was measured', () => {
    expect(requiredText('Cafe\u0301', 'name', 4)).toBe('Caf\u00e9');
    expect(optionalText(' e\u0301 ', 'note', 1)).toBe('\u00e9');
  });

  it('turns missing or blank optional text into null', () => {
    expect(optionalText(undefined, 'note', 4)).toBeNull();
    expect(optionalText(null, 'note', 4)).toBeNull();
    expect(optionalText('  ', 'note', 4)).toBeNull();
    expect(optionalText(' ok ', 'note', 4)).toBe('ok');
    expect(thrown(() => optionalText('too long', 'note', 4)).code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('problems', () => {
  it('builds bad-input and not-found errors whose details cannot replace the field', () => {
    const error = badInput('year', 'year must be a year.', { field: 'other', max: 9999 });
    expect(error.details).toEqual({ field: 'year', max: 9999 });
    expect(notFound('Meeting', { id: 'x' }).code).toBe(ErrorCode.NOT_FOUND);
    expect(notFound('Meeting').message).toBe('Meeting was not found.');
  });

  it('refuses the first problem as a sentence and lists them all', () => {
    expect(() => refuseProblems([])).not.toThrow();
    const problems = [
      { field: 'year', message: 'year must be a whole year' },
      { field: 'name', message: 'name is required.' },
    ];
    const error = thrown(() => refuseProblems(problems));
    expect(error.message).toBe('Year must be a whole year.');
    expect(error.details).toEqual({ field: 'year', problems });
  });

  it('makes the error for one problem, for callers that throw it themselves', () => {
    const error = inputProblemError({ field: 'threshold', message: 'threshold must be a fraction.' });
    expect(error.message).toBe('Threshold must be a fraction.');
    expect(error.details).toEqual({ field: 'threshold', problems: [{ field: 'threshold', message: 'threshold must be a fraction.' }] });
  });
});
