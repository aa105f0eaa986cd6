import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids reach Postgres as uuid: a malformed one is the caller's mistake, not a server error. */
export function bodyUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is not a valid id.`, { field });
  return value.toLowerCase();
}

/** Trimmed text of 1..max characters, or a BAD_USER_INPUT naming the field. */
export function boundedText(value: string, field: string, max: number, allowEmpty = false): string {
  const trimmed = value.trim();
  if ((!allowEmpty && trimmed.length === 0) || trimmed.length > max) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be ${allowEmpty ? 0 : 1}–${max} characters.`, { field });
  }
  return trimmed;
}

export function bodyNotFound(what: string, details: Record<string, unknown>): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`, details);
}
