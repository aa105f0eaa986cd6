/**
 * The `extensions.code` values clients can rely on. Every error the API returns carries
 * exactly one of these; features add their own codes here so that the set stays public.
 */
export const ErrorCode = {
  /** Missing, malformed, forged or expired credentials. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Signed in, but the caller's role does not allow this. */
  FORBIDDEN: 'FORBIDDEN',
  /** The input is malformed or breaks a rule; nothing was changed. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  /** The request conflicts with the current state (a duplicate, a race lost). */
  CONFLICT: 'CONFLICT',
  /** Too many attempts: try again later. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Sign-in refused because the account is locked after repeated failures. */
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  /** The query is too deep, too wide or too costly to run. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** A dependency (database, queue) is unavailable; safe to retry. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The county meeting is not open (check-in runs only while it is). */
  MEETING_NOT_OPEN: 'MEETING_NOT_OPEN',
  /** The seat already has a holder: end the tenure before appointing someone else. */
  SEAT_NOT_VACANT: 'SEAT_NOT_VACANT',
  /** The tenure has already ended (resigned, removed, superseded). */
  TENURE_ENDED: 'TENURE_ENDED',
  /** The person has served the most consecutive terms the configuration allows. */
  TERM_LIMIT_REACHED: 'TERM_LIMIT_REACHED',
  /** Terms were already extended for that year. */
  TERMS_ALREADY_EXTENDED: 'TERMS_ALREADY_EXTENDED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
