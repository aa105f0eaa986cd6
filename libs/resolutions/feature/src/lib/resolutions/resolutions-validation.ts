import { ErrorCode } from '@civic/contracts';
import { hasAnyRole, type AuthenticatedUser } from '@civic/platform';
import { characterCount, DomainError } from '@civic/util';

/*
 * Input checks of the resolutions service that every area shares. Ids, required and
 * optional text, bad input and not found come from @civic/util; text limits count characters
 * as a person does (characterCount: code points after NFC, so "é" and "🦌" are one each).
 */

export const MAX_TITLE_LENGTH = 200;
export const MAX_TOPIC_LENGTH = 100;
export const MAX_NAME_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;

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

export function isStaff(user: AuthenticatedUser): boolean {
  return hasAnyRole(user, ['staff', 'admin']);
}

/** The name audit entries and versions carry for the caller. */
export function actorName(user: AuthenticatedUser): string {
  return user.displayName ?? 'Unknown';
}
