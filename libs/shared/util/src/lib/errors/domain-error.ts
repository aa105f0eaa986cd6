import type { ErrorCode } from '@civic/contracts';

/**
 * The one exception type domain code throws. It carries a public, stable code and a
 * message safe to show to the caller; the GraphQL layer maps it in one place.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra, public details (field names, limits) added to `extensions`. */
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
