import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface Elector {
  accountId: string;
  displayName: string;
  countyCode: string | null;
  seatNumber: number | null;
}

export interface Electorate {
  /** The body's name from its memberships; null for the convention or a body without members. */
  bodyName: string | null;
  members: Elector[];
}

/**
 * Who may vote in a roll call, read from the assemblies read models (delegate_seat and
 * body_member, filled from assemblies' events; this service only reads them here). One
 * person has one vote, whatever duplicate tenures the read model holds.
 */
@Injectable()
export class RollCallElectorateRepository {
  /** Every delegate in office, with the county of their seat. */
  async convention(manager: EntityManager): Promise<Electorate> {
    const rows = (await manager.query(
      `SELECT DISTINCT ON ("account_id") "account_id", "display_name", "county_code", "seat_number"
         FROM "voting"."delegate_seat"
        WHERE "active"
        ORDER BY "account_id", "changed_at" DESC`,
    )) as ElectorRow[];
    return { bodyName: null, members: rows.map(toElector) };
  }

  /** A body's current members; their county is that of their delegate seat, if they hold one. */
  async body(manager: EntityManager, bodyCode: string): Promise<Electorate> {
    const rows = (await manager.query(
      `SELECT DISTINCT ON (m."account_id") m."account_id", m."display_name", m."body_name", s."county_code", s."seat_number"
         FROM "voting"."body_member" m
         LEFT JOIN "voting"."delegate_seat" s ON s."account_id" = m."account_id" AND s."active"
        WHERE m."body_code" = $1 AND m."active"
        ORDER BY m."account_id", s."changed_at" DESC NULLS LAST, m."changed_at" DESC`,
      [bodyCode],
    )) as Array<ElectorRow & { body_name: string }>;
    return { bodyName: rows[0]?.body_name ?? null, members: rows.map(toElector) };
  }
}

interface ElectorRow {
  account_id: string;
  display_name: string;
  county_code: string | null;
  seat_number: number | null;
}

function toElector(row: ElectorRow): Elector {
  return { accountId: row.account_id, displayName: row.display_name, countyCode: row.county_code, seatNumber: row.seat_number };
}
