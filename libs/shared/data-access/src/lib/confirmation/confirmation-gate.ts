import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { canonicalJson, confirmationExpiry, decideConfirmation, type ConfirmationCaller } from '@civic/shared-domain';
import { DomainError } from '@civic/util';
import { PendingConfirmationRepository, type PendingConfirmationRecord } from './pending-confirmation.repository';

/** A congress-wide destructive operation as the two-person rule sees it. */
export interface GuardedOperation {
  /** The operation's name (the mutation's), part of what must match. */
  operation: string;
  /** Its whole input, normalised as the operation will use it: a confirmation must send the same. */
  input: unknown;
  caller: ConfirmationCaller;
}

/** SHA-256 (hex) of the input's canonical JSON. */
export function confirmationArgsHash(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

type Outcome<T> = { kind: 'ran'; result: T } | { kind: 'refused'; request: PendingConfirmationRecord };

/**
 * Runs a congress-wide destructive operation under the two-person rule, in one transaction
 * of the service's datasource (`work` must write only through the manager it is given):
 *
 * - an admin: `work` runs at once;
 * - staff, with another person's valid request for the same operation and input: `work`
 *   runs, and that request (with any other open one for the same input) is confirmed in the
 *   same transaction. The requests are locked first, so of two simultaneous confirmations
 *   one runs and the other finds the request spent;
 * - staff otherwise: `work` is tried and rolled back to a savepoint (so a request is
 *   recorded only for an operation that would succeed now: bad input, a conflict or nothing
 *   to change are refused as usual), the request is recorded or renewed, and the call is
 *   refused with CONFIRMATION_REQUIRED. Nothing of the operation remains.
 *
 * A refusal thrown by `work` rolls back everything, requests included.
 */
@Injectable()
export class ConfirmationGate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: PendingConfirmationRepository,
  ) {}

  /** The requests still waiting for a second person, oldest first (at most 100). */
  pending(now = new Date()): Promise<PendingConfirmationRecord[]> {
    return this.requests.listOpen(this.dataSource.manager, now);
  }

  async run<T>(guarded: GuardedOperation, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const argsHash = confirmationArgsHash(guarded.input);
    const { operation, caller } = guarded;
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome<T>> => {
      const now = new Date();
      const open = await this.requests.lockOpen(manager, operation, argsHash);
      const decision = decideConfirmation(caller, open, now);
      switch (decision.kind) {
        case 'forbidden':
          throw new DomainError(ErrorCode.FORBIDDEN, `Only agency staff or an admin may ${operation}.`);
        case 'request': {
          await manager.query('SAVEPOINT "two_person_rule"');
          await work(manager);
          await manager.query('ROLLBACK TO SAVEPOINT "two_person_rule"');
          const request = await this.requests.record(manager, {
            operation,
            argsHash,
            requestedBy: caller.accountId,
            requestedAt: now,
            expiresAt: confirmationExpiry(now),
          });
          return { kind: 'refused', request };
        }
        case 'proceed':
        case 'confirm': {
          const result = await work(manager);
          await this.requests.consume(
            manager,
            decision.consumes.map((request) => request.id),
            caller.accountId,
            now,
          );
          return { kind: 'ran', result };
        }
      }
    });
    if (outcome.kind === 'ran') return outcome.result;
    const { request } = outcome;
    throw new DomainError(
      ErrorCode.CONFIRMATION_REQUIRED,
      `${operation} needs a second person: another staff member (or an admin) must send the same request before ${request.expiresAt.toISOString()}. Nothing was changed.`,
      { operation, requestId: request.id, requestedBy: request.requestedBy, expiresAt: request.expiresAt.toISOString() },
    );
  }
}
