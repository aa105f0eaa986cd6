import { ErrorCode } from '@civic/contracts';
import { characterCount } from '@civic/resolutions-domain';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';

/*
 * Input checks shared by every area of the resolutions service. Text limits count characters
 * as a person does (characterCount: code points after NFC, so "é" and "🦌" are one each),
 * never UTF-16 units: the same text must pass or fail the same limit wherever it is entered.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const MAX_TITLE_LENGTH = 200;
export const MAX_TOPIC_LENGTH = 100;
export const MAX_NAME_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Ids reach Postgres as uuid: a malformed one is the caller's mistake, not a server error. */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is not a valid id.`, { field });
  return value.toLowerCase();
}

/** Trimmed text of 1..max characters, or a BAD_USER_INPUT naming the field. */
export function requiredText(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is required.`, { field });
  if (characterCount(trimmed) > max) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be at most ${max} characters.`, { field, max });
  return trimmed;
}

/** Trimmed optional text of at most `max` characters (empty becomes null), or a BAD_USER_INPUT naming the field. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0) return null;
  if (characterCount(trimmed) > max) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be at most ${max} characters.`, { field, max });
  return trimmed;
}

/**
 * A resolution's text: required, and at most the cycle's limit. Too long is its own code,
 * with the numbers, so that a form can say by how much.
 */
export function resolutionText(value: string, maxCharacters: number): string {
  const text = value.trim();
  if (text.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'text is required.', { field: 'text' });
  const length = characterCount(text);
  if (length > maxCharacters) {
    throw new DomainError(ErrorCode.TEXT_TOO_LONG, `The text has ${length} characters; at most ${maxCharacters} are allowed.`, {
      field: 'text',
      length,
      max: maxCharacters,
    });
  }
  return text;
}

export function notFound(what: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`, details);
}

export function isStaff(user: AuthenticatedUser): boolean {
  return user.roles.includes('staff') || user.roles.includes('admin');
}

/** The name audit entries and versions carry for the caller. */
export function actorName(user: AuthenticatedUser): string {
  return user.displayName ?? 'Unknown';
}
