import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode, type RollCallClosedPayload } from '@civic/contracts';
import { appendToOutbox } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';
import { RollCallRepository, RollCallScheduleRepository, type RollCallEntity } from '@civic/voting-data-access';
import { decideRollCall } from '@civic/voting-domain';
import { RollCallReader } from './roll-call-reader.service';
import { thresholdOf, type RollCallType } from './roll-call.type';

/**
 * Use case: staff close a roll call. The count is recorded with the outcome: passed, failed,
 * or no-quorum when too few members were present (closing without quorum is allowed and is
 * itself the record that the body could not decide). With `requireQuorum`, staff ask to
 * close only with quorum: without it the roll call stays open and QUORUM_NOT_MET says so.
 * A scheduled closing (the schedule area) closes through `closeLocked` the same way.
 */
@Injectable()
export class CloseRollCallService {
  constructor(
    private readonly rollCalls: RollCallRepository,
    private readonly schedules: RollCallScheduleRepository,
    private readonly reader: RollCallReader,
  ) {}

  close(staff: AuthenticatedUser, rollCallIdInput: string, requireQuorum: boolean): Promise<RollCallType> {
    const rollCallId = requireUuid(rollCallIdInput, 'rollCallId');
    return this.rollCalls.transaction(async (manager) => {
      // For update: waits for votes being cast, and later votes see it closed.
      const rollCall = await this.rollCalls.lock(manager, rollCallId, 'update');
      if (!rollCall) throw notFound('The roll call', { rollCallId });
      if (rollCall.status !== 'open') throw new DomainError(ErrorCode.CONFLICT, 'This roll call is already closed.', { rollCallId, status: rollCall.status });
      await this.closeLocked(manager, rollCall, staff.accountId, requireQuorum);
      return this.reader.load(rollCallId, manager);
    });
  }

  /**
   * Closes an open roll call the caller locked for update: records the count and outcome,
   * ends its schedule, and announces 'voting.roll-call-closed' — all in the caller's
   * transaction, so the event exists if and only if the roll call closed.
   */
  async closeLocked(manager: EntityManager, rollCall: RollCallEntity, closedBy: string, requireQuorum: boolean): Promise<void> {
    const count = await this.rollCalls.count(manager, rollCall.id);
    const decision = decideRollCall(thresholdOf(rollCall), rollCall.quorum, count);
    if (requireQuorum && !decision.quorumMet) {
      throw new DomainError(
        ErrorCode.QUORUM_NOT_MET,
        `Only ${decision.present} of the ${rollCall.quorum} members needed for quorum are present; the roll call stays open.`,
        {
          rollCallId: rollCall.id,
          present: decision.present,
          quorum: rollCall.quorum,
        },
      );
    }
    const closedAt = new Date();
    await this.rollCalls.close(manager, rollCall.id, {
      ...count,
      present: decision.present,
      quorumMet: decision.quorumMet,
      outcome: decision.outcome,
      closedBy: closedBy.toLowerCase(),
      closedAt,
    });
    // A closing time still ahead is void once the roll call closed (by hand, earlier).
    const schedule = await this.schedules.lockByRollCall(manager, rollCall.id);
    if (schedule?.status === 'opened') await this.schedules.update(manager, schedule.id, { status: 'closed' });
    const payload: RollCallClosedPayload = {
      rollCallId: rollCall.id,
      bodyCode: rollCall.bodyCode,
      bodyName: rollCall.bodyName,
      title: rollCall.title,
      year: rollCall.year,
      resolutionId: rollCall.resolutionId,
      questionId: rollCall.questionId,
      outcome: decision.outcome,
      yes: count.yes,
      no: count.no,
      abstain: count.abstain,
      conflicts: count.conflicts,
      present: decision.present,
      quorum: rollCall.quorum,
      electorateSize: rollCall.electorateSize,
      threshold: { kind: rollCall.thresholdKind, numerator: rollCall.thresholdNumerator, denominator: rollCall.thresholdDenominator },
      closedAt: closedAt.toISOString(),
    };
    await appendToOutbox(manager, 'voting.roll-call-closed', payload);
  }
}
