import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { optionalText, requiredText, requireUuid, resolutionText } from './resolutions-input';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('resolutions input', () => {
  it('counts characters as a person does, not UTF-16 units', () => {
    // Each deer is two UTF-16 units; "é" written as e + combining accent is two code points before NFC.
    expect(optionalText('🦌🦌🦌', 'note', 3)).toBe('🦌🦌🦌');
    expect(requiredText('e\u0301te\u0301', 'title', 3)).toBe('e\u0301te\u0301');
    expect(resolutionText(` ${'🦌'.repeat(5)} `, 5)).toBe('🦌'.repeat(5));
    expect(refusal(() => optionalText('🦌🦌🦌🦌', 'note', 3))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, message: 'note must be at most 3 characters.', details: { field: 'note', max: 3 } });
    expect(refusal(() => resolutionText('🦌'.repeat(6), 5))).toMatchObject({ code: ErrorCode.TEXT_TOO_LONG, details: { field: 'text', length: 6, max: 5 } });
  });

  it('trims optional text and turns empty or missing text into null', () => {
    expect(optionalText('  why  ', 'reason', 10)).toBe('why');
    expect(optionalText('   ', 'reason', 1)).toBeNull();
    expect(optionalText(null, 'reason', 1)).toBeNull();
    expect(optionalText(undefined, 'reason', 1)).toBeNull();
  });

  it('requires text and well-formed ids, naming the field', () => {
    expect(refusal(() => requiredText('  ', 'title', 10))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, message: 'title is required.', details: { field: 'title' } });
    expect(requireUuid('6F1C1A57-3C7E-4A53-9A57-0D2B7D3D8F10', 'resolutionId')).toBe('6f1c1a57-3c7e-4a53-9a57-0d2b7d3d8f10');
    expect(refusal(() => requireUuid('nope', 'resolutionId'))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'resolutionId' } });
  });
});
