import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';

/** A wrong voter code, an unknown voter id and an entry without a code all read alike. */
export function badVoterCode(details: Record<string, unknown> = {}): DomainError {
  return new DomainError(ErrorCode.VOTER_CODE_INVALID, 'This voter id and code do not match.', { field: 'code', ...details });
}
