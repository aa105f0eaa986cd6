export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export type VoteRefusal = 'NOT_A_BODY_MEMBER' | 'MOTION_CLOSED' | 'CONFLICT_OF_INTEREST_DECLARED' | 'ALREADY_VOTED';

/**
 * Whether a member may vote on a motion. Members' votes are public and recorded by name;
 * a member who declared a conflict of interest on the motion's agenda item has recused
 * themself from it and cannot vote on it.
 */
export function decideVote(input: { isMember: boolean; motionOpen: boolean; conflictDeclared: boolean; alreadyVoted: boolean }): VoteRefusal | null {
  if (!input.isMember) return 'NOT_A_BODY_MEMBER';
  if (!input.motionOpen) return 'MOTION_CLOSED';
  if (input.conflictDeclared) return 'CONFLICT_OF_INTEREST_DECLARED';
  if (input.alreadyVoted) return 'ALREADY_VOTED';
  return null;
}

export type ConflictRefusal = 'NOT_A_BODY_MEMBER' | 'BAD_USER_INPUT' | 'ALREADY_VOTED' | 'ALREADY_DECLARED';

export const CONFLICT_REASON_MAX = 500;

/**
 * A member declares a conflict on an agenda item, with a short public reason. A vote
 * already cast on the item would stand beside a declaration that forbids it, so the
 * declaration must come first.
 */
export function decideConflictDeclaration(input: {
  isMember: boolean;
  reason: string;
  alreadyDeclared: boolean;
  votedOnItem: boolean;
}): { refusal: ConflictRefusal; message: string } | { reason: string } {
  if (!input.isMember) return { refusal: 'NOT_A_BODY_MEMBER', message: 'Only members of the body declare conflicts on its agenda.' };
  const reason = input.reason.trim().replace(/\s+/g, ' ');
  if (reason.length === 0 || reason.length > CONFLICT_REASON_MAX) {
    return { refusal: 'BAD_USER_INPUT', message: `The reason must be 1–${CONFLICT_REASON_MAX} characters.` };
  }
  if (input.alreadyDeclared) return { refusal: 'ALREADY_DECLARED', message: 'A conflict on this item is already declared.' };
  if (input.votedOnItem) return { refusal: 'ALREADY_VOTED', message: 'A vote on this item was already cast: declare conflicts before voting.' };
  return { reason };
}

/** Minutes are published text that can be corrected until the body approves them. */
export function decideMinutesEdit(
  minutes: { approvedAt: Date | null } | null,
  text: string,
): { refusal: 'MINUTES_APPROVED' | 'BAD_USER_INPUT'; message: string } | { text: string } {
  if (minutes?.approvedAt) return { refusal: 'MINUTES_APPROVED', message: 'The minutes are approved and can no longer be edited.' };
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 100_000) return { refusal: 'BAD_USER_INPUT', message: 'Minutes must be 1–100,000 characters.' };
  return { text: trimmed };
}

export function tally(votes: ReadonlyArray<{ choice: VoteChoice }>): Record<VoteChoice, number> {
  const counts: Record<VoteChoice, number> = { yes: 0, no: 0, abstain: 0 };
  for (const vote of votes) counts[vote.choice] += 1;
  return counts;
}
