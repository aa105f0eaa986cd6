import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems, requireUuid } from '@civic/util';
import { RollCallRepository, type RollCallMemberEntity } from '@civic/voting-data-access';
import { ROLL_CALL_LIMITS, conflictRefusal, textProblems } from '@civic/voting-domain';
import { refused } from './cast-roll-call-vote.service';
import type { DeclareRollCallConflictInput } from './roll-call.input';
import { toRollCallVoteType, type RollCallVoteType } from './roll-call.type';

/**
 * Use case: a member declares a conflict of interest, publicly and with a reason. From then
 * on they may not vote on the roll call; a vote already cast is withdrawn (and the
 * withdrawal kept in the history). The member still counts as present for the quorum.
 */
@Injectable()
export class DeclareRollCallConflictService {
  constructor(private readonly rollCalls: RollCallRepository) {}

  declare(delegate: AuthenticatedUser, input: DeclareRollCallConflictInput): Promise<RollCallVoteType> {
    const rollCallId = requireUuid(input.rollCallId, 'rollCallId');
    const reason = input.reason.trim();
    refuseProblems(textProblems(reason, 'reason', ROLL_CALL_LIMITS.reasonMax));
    const accountId = delegate.accountId.toLowerCase();

    return this.rollCalls.transaction(async (manager) => {
      const rollCall = await this.rollCalls.lock(manager, rollCallId, 'share');
      if (!rollCall) throw notFound('The roll call', { rollCallId });
      const member = await this.rollCalls.lockMember(manager, rollCallId, accountId);
      const refusal = conflictRefusal(rollCall.status, member !== null);
      if (refusal || !member) throw refused(refusal ?? 'not-member', rollCallId);
      if (member.conflictReason !== null) {
        throw new DomainError(ErrorCode.CONFLICT, 'You already declared a conflict of interest on this roll call.', { rollCallId, reason: 'already-declared' });
      }

      const now = new Date();
      const declared: RollCallMemberEntity = {
        ...member,
        choice: null,
        votedAt: null,
        changedAt: member.choice === null ? member.changedAt : now,
        conflictReason: reason,
        conflictDeclaredAt: now,
      };
      await this.rollCalls.updateMember(manager, declared);
      if (member.choice !== null) await this.rollCalls.recordChange(manager, rollCallId, accountId, null, 'withdrawn-for-conflict', now);
      return toRollCallVoteType(declared);
    });
  }
}
