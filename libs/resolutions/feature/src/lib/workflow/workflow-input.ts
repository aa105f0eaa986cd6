import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';

/** Trimmed optional text of at most `max` characters (empty becomes null), or a BAD_USER_INPUT naming the field. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length > max) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be at most ${max} characters.`, { field, max });
  return trimmed.length === 0 ? null : trimmed;
}
