import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OpenConfirmationRequest } from '@civic/shared-domain';
import { qualifiedTable } from '../database';
import { PendingConfirmationEntity } from './pending-confirmation.entity';

/** A request as stored, for the refusal's details and the staff view. */
export interface PendingConfirmationRecord extends OpenConfirmationRequest {
  operation: string;
}

type Row = { id: string; operation: string; requested_by: string; requested_at: Date; expires_at: Date };

/** The two-person rule's requests; callers pass the transaction to use. */
@Injectable()
export class PendingConfirmationRepository {
  /**
   * The unconfirmed requests for this operation and input (expired ones too: the rule
   * decides), locked until the transaction ends in a fixed order: two people confirming one
   * request at once take turns, and the second finds it spent.
   */
  async lockOpen(manager: EntityManager, operation: string, argsHash: string): Promise<PendingConfirmationRecord[]> {
    const rows = (await manager.query(
      `SELECT "id", "operation", "requested_by", "requested_at", "expires_at"
         FROM ${qualifiedTable(manager, PendingConfirmationEntity)}
        WHERE "operation" = $1 AND "args_hash" = $2 AND "confirmed_at" IS NULL
        ORDER BY "id"
          FOR UPDATE`,
      [operation, argsHash],
    )) as Row[];
    return rows.map(toRecord);
  }

  /** Records the request, or renews the requester's open one for the same input. */
  async record(
    manager: EntityManager,
    request: { operation: string; argsHash: string; requestedBy: string; requestedAt: Date; expiresAt: Date },
  ): Promise<PendingConfirmationRecord> {
    const [row] = (await manager.query(
      `INSERT INTO ${qualifiedTable(manager, PendingConfirmationEntity)} ("operation", "args_hash", "requested_by", "requested_at", "expires_at")
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("operation", "args_hash", "requested_by") WHERE "confirmed_at" IS NULL
       DO UPDATE SET "requested_at" = EXCLUDED."requested_at", "expires_at" = EXCLUDED."expires_at"
       RETURNING "id", "operation", "requested_by", "requested_at", "expires_at"`,
      [request.operation, request.argsHash, request.requestedBy, request.requestedAt, request.expiresAt],
    )) as Row[];
    if (!row) throw new Error('the confirmation request was not stored');
    return toRecord(row);
  }

  /** Spends the requests on the run that just happened in this transaction. */
  async consume(manager: EntityManager, ids: readonly string[], confirmedBy: string, confirmedAt: Date): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE ${qualifiedTable(manager, PendingConfirmationEntity)} SET "confirmed_by" = $2, "confirmed_at" = $3 WHERE "id" = ANY($1::uuid[]) AND "confirmed_at" IS NULL`,
      [ids, confirmedBy, confirmedAt],
    );
  }

  /** Requests still waiting for a second person, oldest first. */
  async listOpen(manager: EntityManager, now: Date, limit = 100): Promise<PendingConfirmationRecord[]> {
    const rows = (await manager.query(
      `SELECT "id", "operation", "requested_by", "requested_at", "expires_at"
         FROM ${qualifiedTable(manager, PendingConfirmationEntity)}
        WHERE "confirmed_at" IS NULL AND "expires_at" > $1
        ORDER BY "requested_at", "id"
        LIMIT $2`,
      [now, limit],
    )) as Row[];
    return rows.map(toRecord);
  }
}

function toRecord(row: Row): PendingConfirmationRecord {
  return {
    id: row.id,
    operation: row.operation,
    requestedBy: row.requested_by,
    requestedAt: new Date(row.requested_at),
    expiresAt: new Date(row.expires_at),
  };
}
