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
  /**
   * A congress-wide destructive operation (extending every term, changing the seat plan,
   * publishing a pipeline) asked for by agency staff alone: the request is recorded and
   * nothing changed; it runs when a second staff member (or an admin) sends the same request.
   * `extensions`: `operation`, `requestId`, `requestedBy`, `expiresAt`.
   */
  CONFIRMATION_REQUIRED: 'CONFIRMATION_REQUIRED',
  /** Too many attempts: try again later. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Sign-in refused because the account is locked after repeated failures. */
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  /** Accounts: the account's email address is not verified yet (e.g. to claim a voter code). */
  EMAIL_NOT_VERIFIED: 'EMAIL_NOT_VERIFIED',
  /** Accounts: the email-verification or password-reset token is unknown, wrong, already used, superseded or locked after too many wrong tries. */
  TOKEN_INVALID: 'TOKEN_INVALID',
  /** Accounts: the email-verification or password-reset token has expired; ask for a new one. */
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  /** Voter codes: wrong code for that voter id, or no code issued for it (`extensions.attemptsLeft` when a code exists). */
  VOTER_CODE_INVALID: 'VOTER_CODE_INVALID',
  /** Voter codes: the code has expired; staff issue a new one. */
  VOTER_CODE_EXPIRED: 'VOTER_CODE_EXPIRED',
  /** Voter codes: locked after 5 wrong attempts; staff issue a new one. */
  VOTER_CODE_LOCKED: 'VOTER_CODE_LOCKED',
  /** Voter codes: the roll entry already backs an account (its code was used), or the account already has a roll identity. */
  ALREADY_CLAIMED: 'ALREADY_CLAIMED',
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
  /** Elections: the seat named is not up for election in that election's year. */
  SEAT_NOT_UP: 'SEAT_NOT_UP',
  /** Elections: the caller may not stand or vote here (not a verified resident, not checked in with a vote). */
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  /** Elections: this voter has already cast a ballot in the election. */
  ALREADY_VOTED: 'ALREADY_VOTED',
  /** Elections: paper totals are for county meetings; a body's election is electronic only. */
  PAPER_TOTALS_NOT_ACCEPTED: 'PAPER_TOTALS_NOT_ACCEPTED',
  /** Paper totals count more ballots than the paper ballots issued to people there. */
  PAPER_TOTALS_EXCEED_ISSUED: 'PAPER_TOTALS_EXCEED_ISSUED',
  /** Paper totals must be confirmed by a second staff member, not the one who entered them. */
  SECOND_CONFIRMER_REQUIRED: 'SECOND_CONFIRMER_REQUIRED',
  /** Bodies: the office needs a delegate in office (of that county, for a delegation's chair and vice-chair). */
  NOT_A_DELEGATE: 'NOT_A_DELEGATE',
  /** Bodies: Executive Committee officers must sit on the District Leadership Council. */
  NOT_A_COUNCIL_MEMBER: 'NOT_A_COUNCIL_MEMBER',
  /** Bodies: the District Leadership Council already has its one member from that county. */
  BODY_COUNTY_TAKEN: 'BODY_COUNTY_TAKEN',
  /** Bodies: the District Leadership Council already has its two members from that district. */
  BODY_DISTRICT_FULL: 'BODY_DISTRICT_FULL',
  /** Bodies: the office has a holder; end that term first. */
  OFFICE_TAKEN: 'OFFICE_TAKEN',
  /** Bodies: the person already holds a membership or office in that body (no double office). */
  ALREADY_HOLDS_OFFICE: 'ALREADY_HOLDS_OFFICE',
  /** Bodies: only current members of the body may do this (vote, declare a conflict). */
  NOT_A_BODY_MEMBER: 'NOT_A_BODY_MEMBER',
  /** Bodies: the motion is closed to votes. */
  MOTION_CLOSED: 'MOTION_CLOSED',
  /** Bodies: the member declared a conflict of interest on the item and cannot vote on it. */
  CONFLICT_OF_INTEREST_DECLARED: 'CONFLICT_OF_INTEREST_DECLARED',
  /** Bodies: approved minutes can no longer be edited. */
  MINUTES_APPROVED: 'MINUTES_APPROVED',
  /** Configuration: a jurisdiction's parent must be exactly one tier above it (a move stays within the tier). */
  JURISDICTION_TIER_MISMATCH: 'JURISDICTION_TIER_MISMATCH',
  /** Resolutions: the submission window for the congress year is not open. */
  SUBMISSION_WINDOW_CLOSED: 'SUBMISSION_WINDOW_CLOSED',
  /** Resolutions: the text is longer than the configured limit. */
  TEXT_TOO_LONG: 'TEXT_TOO_LONG',
  /** Resolutions: the person has already submitted the most resolutions allowed this year. */
  SUBMISSION_LIMIT_REACHED: 'SUBMISSION_LIMIT_REACHED',
  /** Resolutions: the pipeline has no such transition from the resolution's current stage. */
  TRANSITION_NOT_IN_PIPELINE: 'TRANSITION_NOT_IN_PIPELINE',
  /** Resolutions: the transition's condition (e.g. "passed in its county") does not hold. */
  CONDITION_NOT_MET: 'CONDITION_NOT_MET',
  /** Resolutions: public comment is closed at the resolution's current stage. */
  COMMENTS_CLOSED: 'COMMENTS_CLOSED',
  /** Voting: the questionnaire or roll call is not open for votes. */
  VOTING_CLOSED: 'VOTING_CLOSED',
  /** Roll calls: too few members are present for the vote to count. */
  QUORUM_NOT_MET: 'QUORUM_NOT_MET',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
