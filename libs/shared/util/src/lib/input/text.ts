import { ErrorCode } from '@civic/contracts';
import { DomainError } from '../errors';

/*
 * Text limits count characters as a person does: code points after NFC, so "é" and "🦌"
 * are one each, never UTF-16 units. The same text must pass or fail the same limit
 * wherever it is entered. The text returned is NFC too, so that what is stored measures as it
 * was checked (PostgreSQL's length() counts code points).
 */

export function characterCount(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Trimmed NFC text of 1..max characters, or a BAD_USER_INPUT naming the field. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const trimmed = (value ?? '').trim().normalize('NFC');
  if (trimmed.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is required.`, { field });
  if (characterCount(trimmed) > max) throw tooLong(field, max);
  return trimmed;
}

/** Trimmed optional NFC text of at most `max` characters (empty becomes null), or a BAD_USER_INPUT naming the field. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim().normalize('NFC');
  if (trimmed.length === 0) return null;
  if (characterCount(trimmed) > max) throw tooLong(field, max);
  return trimmed;
}

function tooLong(field: string, max: number): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be at most ${max} characters.`, { field, max });
}
