import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { RollCallRepository } from '@civic/voting-data-access';
import { decideRollCall } from '@civic/voting-domain';
import { notFound, requireUuid } from '../support/voting-input';
import { RollCallReader } from './roll-call-reader.service';
import { thresholdOf, type RollCallType } from './roll-call.type';

/**
 * Use case: staff close a roll call. The count is recorded with the outcome: passed, failed,
 * or no-quorum when too few members were present (closing without quorum is allowed and is
 * itself the record that the body could not decide). With `requireQuorum`, staff ask to
 * close only with quorum: without it the roll call stays open and QUORUM_NOT_MET says so.
 */
@Injectable()
export class CloseRollCallService {
  constructor(
    private readonly rollCalls: RollCallRepository,
    private readonly reader: RollCallReader,
  ) {}

  close(staff: AuthenticatedUser, rollCallIdInput: string, requireQuorum: boolean): Promise<RollCallType> {
    const rollCallId = requireUuid(rollCallIdInput, 'rollCallId');
    return this.rollCalls.transaction(async (manager) => {
      // For update: waits for votes being cast, and later votes see it closed.
      const rollCall = await this.rollCalls.lock(manager, rollCallId, 'update');
      if (!rollCall) throw notFound('The roll call', { rollCallId });
      if (rollCall.status !== 'open') throw new DomainError(ErrorCode.CONFLICT, 'This roll call is already closed.', { rollCallId, status: rollCall.status });

      const count = await this.rollCalls.count(manager, rollCallId);
      const decision = decideRollCall(thresholdOf(rollCall), rollCall.quorum, count);
      if (requireQuorum && !decision.quorumMet) {
        throw new DomainError(ErrorCode.QUORUM_NOT_MET, `Only ${decision.present} of the ${rollCall.quorum} members needed for quorum are present; the roll call stays open.`, {
          rollCallId,
          present: decision.present,
          quorum: rollCall.quorum,
        });
      }
      await this.rollCalls.close(manager, rollCallId, {
        ...count,
        present: decision.present,
        quorumMet: decision.quorumMet,
        outcome: decision.outcome,
        closedBy: staff.accountId.toLowerCase(),
        closedAt: new Date(),
      });
      return this.reader.load(rollCallId, manager);
    });
  }
}
