import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { calendarDateOf, decideConflictDeclaration, decideVote, type VoteChoice } from '@civic/assemblies-domain';
import { BodyMeetingRepository, BodyRepository, type BodyConflictEntity, type BodyVoteEntity } from '@civic/assemblies-data-access';
import { appendToOutbox } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';
import { BodyMembers } from './body-members.service';
import type { CastBodyVoteInput, DeclareConflictOfInterestInput } from './body.input';

/**
 * Use cases of members: cast a recorded vote on a motion as themself, and declare a conflict
 * of interest on an agenda item. Both lock the agenda item, so a declaration and a vote on
 * the same item cannot pass each other. A conflict on an item that names a citizen
 * resolution is announced ('assemblies.resolution-conflict-declared') in the same transaction.
 */
@Injectable()
export class BodyVoteService {
  constructor(
    private readonly bodies: BodyRepository,
    private readonly meetings: BodyMeetingRepository,
    private readonly members: BodyMembers,
  ) {}

  async cast(member: AuthenticatedUser, input: CastBodyVoteInput, now = new Date()): Promise<BodyVoteEntity> {
    const motionId = requireUuid(input.motionId, 'motionId');
    const choice: VoteChoice = input.choice;
    const today = calendarDateOf(now);
    return this.meetings.transaction(async (manager) => {
      const found = await this.meetings.findMotion(manager, motionId);
      if (!found) throw notFound('The motion', { motionId });
      await this.meetings.lockAgendaItem(manager, found.agendaItemId);
      const motion = await this.meetings.findMotion(manager, motionId);
      const body = await this.bodies.findBody(found.bodyId);
      if (!motion || !body) throw notFound('The motion', { motionId });

      const displayName = await this.members.memberName(manager, body, member.accountId, today);
      const refusal = decideVote({
        isMember: displayName !== null,
        motionOpen: motion.status === 'open',
        conflictDeclared: (await this.meetings.findConflict(manager, motion.agendaItemId, member.accountId)) !== null,
        alreadyVoted: await this.meetings.hasVoted(manager, motionId, member.accountId),
      });
      switch (refusal) {
        case null:
          break;
        case 'NOT_A_BODY_MEMBER':
          throw new DomainError(ErrorCode.NOT_A_BODY_MEMBER, 'Only current members of the body vote on its motions.', { motionId });
        case 'MOTION_CLOSED':
          throw new DomainError(ErrorCode.MOTION_CLOSED, 'The motion is closed to votes.', { motionId });
        case 'CONFLICT_OF_INTEREST_DECLARED':
          throw new DomainError(ErrorCode.CONFLICT_OF_INTEREST_DECLARED, 'You declared a conflict of interest on this item and cannot vote on it.', {
            motionId,
          });
        case 'ALREADY_VOTED':
          throw new DomainError(ErrorCode.ALREADY_VOTED, 'You have already voted on this motion.', { motionId });
      }
      return this.meetings.insertVote(manager, { motionId, accountId: member.accountId, displayName: displayName ?? '', choice });
    });
  }

  async declareConflict(member: AuthenticatedUser, input: DeclareConflictOfInterestInput, now = new Date()): Promise<BodyConflictEntity> {
    const agendaItemId = requireUuid(input.agendaItemId, 'agendaItemId');
    const today = calendarDateOf(now);
    return this.meetings.transaction(async (manager) => {
      const item = await this.meetings.lockAgendaItem(manager, agendaItemId);
      if (!item) throw notFound('The agenda item', { agendaItemId });
      const body = await this.bodies.findBody(item.bodyId);
      if (!body) throw notFound('The body', { bodyId: item.bodyId });
      const displayName = await this.members.memberName(manager, body, member.accountId, today);
      const decision = decideConflictDeclaration({
        isMember: displayName !== null,
        reason: input.reason,
        alreadyDeclared: (await this.meetings.findConflict(manager, agendaItemId, member.accountId)) !== null,
        votedOnItem: await this.meetings.hasVotedOnItem(manager, agendaItemId, member.accountId),
      });
      if ('refusal' in decision) {
        const code = decision.refusal === 'ALREADY_DECLARED' || decision.refusal === 'ALREADY_VOTED' ? ErrorCode.CONFLICT : ErrorCode[decision.refusal];
        throw new DomainError(code, decision.message, { agendaItemId });
      }
      const conflict = await this.meetings.insertConflict(manager, {
        agendaItemId,
        accountId: member.accountId,
        displayName: displayName ?? '',
        reason: decision.reason,
      });
      // The resolutions service bars the member from deciding on that resolution for this body.
      if (item.resolutionId) {
        await appendToOutbox(manager, 'assemblies.resolution-conflict-declared', {
          conflictId: conflict.id,
          bodyCode: body.code,
          accountId: conflict.accountId,
          displayName: conflict.displayName,
          resolutionId: item.resolutionId,
          reason: conflict.reason,
          declaredAt: conflict.declaredAt.toISOString(),
        });
      }
      return conflict;
    });
  }
}
