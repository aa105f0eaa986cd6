import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems, requireUuid } from '@civic/util';
import { RollCallRepository, RollCallScheduleRepository, type RollCallEntity, type RollCallMemberEntity } from '@civic/voting-data-access';
import { ROLL_CALL_CHOICES, voteRefusal, type RollCallChoice, type VoteRefusal } from '@civic/voting-domain';
import type { CastRollCallVoteInput } from './roll-call.input';
import { toRollCallVoteType, type RollCallVoteType } from './roll-call.type';

/**
 * Use case: a member of the roll call's electorate votes by name, or changes the vote, until
 * the roll call closes — or its scheduled closing time passes, even if the job that closes it
 * is late. Every change is kept in the vote history.
 */
@Injectable()
export class CastRollCallVoteService {
  constructor(
    private readonly rollCalls: RollCallRepository,
    private readonly schedules: RollCallScheduleRepository,
  ) {}

  cast(delegate: AuthenticatedUser, input: CastRollCallVoteInput): Promise<RollCallVoteType> {
    const rollCallId = requireUuid(input.rollCallId, 'rollCallId');
    const choice = input.choice as string;
    if (!(ROLL_CALL_CHOICES as readonly string[]).includes(choice)) refuseProblems([{ field: 'choice', message: 'choice must be yes, no or abstain' }]);

    return this.rollCalls.transaction(async (manager) => {
      // Shared: members vote side by side; closing waits until these votes are in.
      const rollCall = await this.rollCalls.lock(manager, rollCallId, 'share');
      if (!rollCall) throw notFound('The roll call', { rollCallId });
      return this.castIn(manager, rollCall, delegate.accountId, choice as RollCallChoice);
    });
  }

  /**
   * The vote, in the caller's transaction, on a roll call it holds (share-locked or better):
   * the member's row and its history. The demo seed reads a whole roll call out this way.
   */
  async castIn(manager: EntityManager, rollCall: RollCallEntity, accountIdInput: string, choice: RollCallChoice): Promise<RollCallVoteType> {
    const accountId = accountIdInput.toLowerCase();
    const member = await this.rollCalls.lockMember(manager, rollCall.id, accountId);
    const closeDue = rollCall.status === 'open' && (await this.schedules.closeIsDue(manager, rollCall.id));
    const refusal = voteRefusal(rollCall.status, member && { conflictDeclared: member.conflictReason !== null }, closeDue);
    if (refusal || !member) throw refused(refusal ?? 'not-member', rollCall.id);

    if (member.choice !== choice) {
      const now = new Date();
      const changed: RollCallMemberEntity = { ...member, choice, votedAt: member.votedAt ?? now, changedAt: now };
      await this.rollCalls.updateMember(manager, changed);
      await this.rollCalls.recordChange(manager, rollCall.id, accountId, changed.choice, member.choice === null ? 'cast' : 'changed', now);
      return toRollCallVoteType(changed);
    }
    return toRollCallVoteType(member);
  }
}

export function refused(refusal: VoteRefusal, rollCallId: string): DomainError {
  switch (refusal) {
    case 'closed':
      return new DomainError(ErrorCode.VOTING_CLOSED, 'This roll call is closed.', { rollCallId });
    case 'not-member':
      return new DomainError(ErrorCode.NOT_ELIGIBLE, 'Only members of the roll call’s electorate (when it opened) may take part in it.', { rollCallId });
    case 'conflict-declared':
      return new DomainError(ErrorCode.CONFLICT_OF_INTEREST_DECLARED, 'You declared a conflict of interest on this roll call and may not vote on it.', {
        rollCallId,
      });
  }
}
