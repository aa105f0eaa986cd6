import type { EntityManager } from 'typeorm';
import { appendToOutbox } from '@civic/data-access';

interface CheckInRow {
  meetingId: string;
  year: number;
  countyCode: string;
  accountId: string | null;
  withVote: boolean;
  checkedInAt: Date;
}

/**
 * Appends 'assemblies.attendee-checked-in' for an attendance record as it stands in the
 * caller's transaction: on the first check-in, and again when a later check-in upgrades it
 * to a vote (the voting service lets such a repeat only add the vote). People checked in
 * by name alone have no account to vote with and are not announced.
 */
export async function appendAttendeeCheckedIn(manager: EntityManager, attendanceId: string): Promise<void> {
  const [row] = (await manager.query(
    `SELECT a.meeting_id AS "meetingId", m.year, j.code AS "countyCode", a.account_id AS "accountId",
            a.with_vote AS "withVote", a.checked_in_at AS "checkedInAt"
       FROM "assemblies"."county_meeting_attendance" a
       JOIN "assemblies"."county_meeting" m ON m.id = a.meeting_id
       JOIN "assemblies"."jurisdiction" j ON j.id = m.jurisdiction_id
      WHERE a.id = $1`,
    [attendanceId],
  )) as CheckInRow[];
  if (!row) throw new Error(`attendance ${attendanceId} not found in its own transaction`);
  if (row.accountId === null) return;
  await appendToOutbox(manager, 'assemblies.attendee-checked-in', {
    meetingId: row.meetingId,
    year: row.year,
    countyCode: row.countyCode,
    accountId: row.accountId,
    withVote: row.withVote,
    checkedInAt: new Date(row.checkedInAt).toISOString(),
  });
}
