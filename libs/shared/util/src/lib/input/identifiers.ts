import { ErrorCode } from '@civic/contracts';
import { DomainError } from '../errors';

/** A UUID in its canonical textual form, any case. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Ids reach Postgres as uuid: a malformed one is the caller's mistake, not a server error. Returns it lower-cased. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is not a valid id.`, { field });
  return value.toLowerCase();
}
