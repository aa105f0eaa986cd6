import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { actorName, isStaff, resolutionText } from './resolutions-validation';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('resolutions validation', () => {
  it("bounds a resolution's text in characters as a person counts them, not UTF-16 units", () => {
    // Each deer is two UTF-16 units.
    expect(resolutionText(` ${'🦌'.repeat(5)} `, 5)).toBe('🦌'.repeat(5));
    expect(refusal(() => resolutionText('🦌'.repeat(6), 5))).toMatchObject({ code: ErrorCode.TEXT_TOO_LONG, details: { field: 'text', length: 6, max: 5 } });
    expect(refusal(() => resolutionText('   ', 5))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, message: 'text is required.', details: { field: 'text' } });
  });

  it('tells staff from residents and names the caller', () => {
    const user = (roles: string[], displayName?: string) => ({ accountId: 'a', roles, displayName }) as unknown as AuthenticatedUser;
    expect(isStaff(user(['staff']))).toBe(true);
    expect(isStaff(user(['admin']))).toBe(true);
    expect(isStaff(user(['resident']))).toBe(false);
    expect(actorName(user(['resident'], 'Ada'))).toBe('Ada');
    expect(actorName(user(['resident']))).toBe('Unknown');
  });
});
