import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is refused before it reaches the database. */
export function assertUuid(value: string, field: string): void {
  if (!UUID.test(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a UUID.`, { field });
}

export function badInput(problems: string[], field: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, problems.join('; '), { field });
}
