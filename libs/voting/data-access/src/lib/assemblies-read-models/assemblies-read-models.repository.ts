import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AttendeeCheckedInPayload, DelegateSeatChangedPayload, JurisdictionChangedPayload } from '@civic/contracts';

/**
 * Writes the read models of assemblies' facts (delegate seats, meeting attendees,
 * jurisdictions) inside the consumer's transaction. Events may arrive late or twice, so
 * every write is idempotent and an older change never replaces a newer one, under races too.
 * Each method returns false when the stored row was kept.
 */
@Injectable()
export class AssembliesReadModelsRepository {
  async upsertDelegateSeat(manager: EntityManager, seat: DelegateSeatChangedPayload): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO "voting"."delegate_seat" AS current
         ("tenure_id", "account_id", "display_name", "county_code", "seat_number", "active", "term_start", "term_end", "changed_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ("tenure_id") DO UPDATE SET
         "account_id" = EXCLUDED."account_id",
         "display_name" = EXCLUDED."display_name",
         "county_code" = EXCLUDED."county_code",
         "seat_number" = EXCLUDED."seat_number",
         "active" = EXCLUDED."active",
         "term_start" = EXCLUDED."term_start",
         "term_end" = EXCLUDED."term_end",
         "changed_at" = EXCLUDED."changed_at"
       WHERE current."changed_at" < EXCLUDED."changed_at"
       RETURNING "tenure_id"`,
      [seat.tenureId, seat.accountId, seat.displayName, seat.countyCode, seat.seatNumber, seat.active, seat.termStart, seat.termEnd, new Date(seat.changedAt)],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * A check-in is stored once (the first check-in time stays). A repeat may only add the
   * vote: assemblies announces again when it upgrades someone admitted without one.
   */
  async insertAttendee(manager: EntityManager, attendee: AttendeeCheckedInPayload): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO "voting"."meeting_attendee" AS current ("meeting_id", "account_id", "year", "county_code", "with_vote", "checked_in_at")
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ("meeting_id", "account_id") DO UPDATE SET "with_vote" = true
       WHERE EXCLUDED."with_vote" AND NOT current."with_vote"
       RETURNING "meeting_id"`,
      [attendee.meetingId, attendee.accountId, attendee.year, attendee.countyCode, attendee.withVote, new Date(attendee.checkedInAt)],
    )) as unknown[];
    return rows.length > 0;
  }

  async upsertJurisdiction(manager: EntityManager, jurisdiction: JurisdictionChangedPayload): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO "voting"."jurisdiction" AS current ("code", "name", "tier_level", "parent_code", "removed", "changed_at")
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ("code") DO UPDATE SET
         "name" = EXCLUDED."name",
         "tier_level" = EXCLUDED."tier_level",
         "parent_code" = EXCLUDED."parent_code",
         "removed" = EXCLUDED."removed",
         "changed_at" = EXCLUDED."changed_at"
       WHERE current."changed_at" < EXCLUDED."changed_at"
       RETURNING "code"`,
      [jurisdiction.code, jurisdiction.name, jurisdiction.tierLevel, jurisdiction.parentCode, jurisdiction.removed, new Date(jurisdiction.changedAt)],
    )) as unknown[];
    return rows.length > 0;
  }
}
