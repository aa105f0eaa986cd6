import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { calendarDateOf, countyMeetingDate, validateReason, yearOf } from '@civic/assemblies-domain';
import { appendDelegateSeatChanges, ConfigurationRepository, TermExtensionEntity } from '@civic/assemblies-data-access';
import { ConfirmationGate } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { badInput, DomainError } from '@civic/util';
import { ConfigurationReader } from '../configuration';

/**
 * Congress-wide term extension (as in 2021–22): a year's elections are cancelled and every
 * tenure in office that would end that year or later runs one year longer. Each such
 * tenure is closed (reason EXTENDED) and followed by an EXTENDED tenure of the same person
 * to the new end, so a delegate's record shows the extension; the seat cycle moves one year
 * later (see seat-schedule.ts). Congress-wide and destructive: an admin, or staff with a
 * second staff member's confirmation (the two-person rule, `ConfirmationGate`).
 */
@Injectable()
export class TermExtensionService {
  constructor(
    private readonly configurations: ConfigurationRepository,
    private readonly confirmations: ConfirmationGate,
    private readonly reader: ConfigurationReader,
  ) {}

  async extend(cancelledYear: number, reason: string, caller: AuthenticatedUser, now = new Date()): Promise<TermExtensionEntity> {
    const reasonProblems = validateReason(reason);
    if (reasonProblems.length > 0) throw badInput('reason', reasonProblems.join('; '));
    const today = calendarDateOf(now);
    const thisYear = yearOf(today);
    if (!Number.isInteger(cancelledYear) || cancelledYear < thisYear || cancelledYear > thisYear + 1) {
      throw badInput('cancelledYear', `cancelledYear must be ${thisYear} or ${thisYear + 1}`);
    }
    const congress = await this.reader.congress();
    const note = reason.trim();

    return this.confirmations.run({ operation: 'extendTerms', input: { cancelledYear, reason: note }, caller }, async (manager) => {
      // The configuration row lock serialises extensions with configuration edits.
      await this.configurations.lockCurrent(manager, congress.id);
      const { document } = await this.reader.current(congress.id);
      const earlier = await this.configurations.findExtensions(congress.id, manager);
      if (earlier.some((extension) => extension.cancelledYear === cancelledYear)) {
        throw new DomainError(ErrorCode.TERMS_ALREADY_EXTENDED, `Terms were already extended for ${cancelledYear}.`, { field: 'cancelledYear' });
      }
      const open = (await manager.query(
        `SELECT t.id, t.term_end_year, j.code
           FROM "assemblies"."tenure" t
           JOIN "assemblies"."seat" s ON s.id = t.seat_id
           JOIN "assemblies"."jurisdiction" j ON j.id = s.jurisdiction_id
          WHERE s.congress_id = $1 AND t.ended_at IS NULL AND t.term_end_year >= $2
          FOR UPDATE OF t`,
        [congress.id, cancelledYear],
      )) as Array<{ id: string; term_end_year: number; code: string }>;
      const ids = open.map((row) => row.id);
      const newEndYears = open.map((row) => row.term_end_year + 1);
      const newEnds = open.map((row) => countyMeetingDate(document.calendar.countyMeeting, document.calendar.overrides, row.code, row.term_end_year + 1));
      if (ids.length > 0) {
        const extended = (await manager.query(
          `WITH closed AS (
             UPDATE "assemblies"."tenure" t
                SET ended_at = $4, end_reason = 'extended', end_note = $5, ended_by = $6
              WHERE t.id = ANY($1::uuid[])
             RETURNING t.id, t.seat_id, t.account_id, t.display_name
           )
           INSERT INTO "assemblies"."tenure"
             (seat_id, account_id, display_name, term_start, term_start_year, term_end, term_end_year, start_kind, started_by, start_reason)
           SELECT c.seat_id, c.account_id, c.display_name, $7::date, $8, e.term_end, e.term_end_year, 'extended', $6, $5
             FROM closed c JOIN unnest($1::uuid[], $2::date[], $3::int[]) AS e(id, term_end, term_end_year) ON e.id = c.id
           RETURNING id`,
          [ids, newEnds, newEndYears, now, note, caller.accountId, today, thisYear],
        )) as Array<{ id: string }>;
        // Each extended delegate's old tenure ends and a longer one begins: voting sees both.
        await appendDelegateSeatChanges(manager, [...ids, ...extended.map((row) => row.id)]);
      }
      return manager.save(
        TermExtensionEntity,
        manager.create(TermExtensionEntity, {
          congressId: congress.id,
          cancelledYear,
          reason: note,
          extendedBy: caller.accountId,
          extendedAt: now,
          tenuresExtended: ids.length,
        }),
      );
    });
  }
}
