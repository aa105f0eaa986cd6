import type { DataSource } from 'typeorm';
import { demoAccountId, demoDelegateEmail, type DemoReferenceData } from '@civic/contracts';
import {
  calendarDateOf,
  countyMeetingDate,
  defaultCongressConfiguration,
  seatClassOf,
  termCovering,
  type CongressConfiguration,
} from '@civic/assemblies-domain';
import { appendDelegateSeatChanges, CongressConfigurationEntity, CongressEntity, SeatRepository, TermExtensionEntity } from '@civic/assemblies-data-access';

/**
 * Seeds the default configuration, every jurisdiction's seats (Wisconsin: 72 × 5 = 360)
 * and a demo delegate in each seat that has never had a holder, elected at the meeting
 * that began the seat's current term. Delegates' account ids derive from their demo
 * emails (`demoAccountId(demoDelegateEmail(code, seat))`) so identity can seed the same
 * accounts. Idempotent and set-based: a re-run changes nothing and costs two queries. Each
 * delegate seated here is announced ('assemblies.delegate-seat-changed'), once.
 */
export async function seedSeatsDemo(dataSource: DataSource, demo: DemoReferenceData, now = new Date()): Promise<{ tenures: number }> {
  return dataSource.transaction(async (manager) => {
    const congress = await manager.findOneBy(CongressEntity, { slug: demo.congress.slug });
    if (!congress) throw new Error(`seed the congress "${demo.congress.slug}" before its seats`);

    let stored = await manager.findOneBy(CongressConfigurationEntity, { congressId: congress.id });
    if (!stored) {
      stored = await manager.save(
        CongressConfigurationEntity,
        manager.create(CongressConfigurationEntity, {
          congressId: congress.id,
          version: 1,
          document: defaultCongressConfiguration(),
          updatedAt: now,
          updatedBy: null,
        }),
      );
    }
    const document = stored.document as CongressConfiguration;
    await new SeatRepository(dataSource).syncSeatPlan(manager, congress.id, document.seatPlans);

    const cancelled = (await manager.findBy(TermExtensionEntity, { congressId: congress.id })).map((e) => e.cancelledYear);
    const names = new Map(demo.jurisdictions.map((jurisdiction) => [jurisdiction.code, jurisdiction.name]));
    const empty = (await manager.query(
      `SELECT s.id, s.number, s.class_code, j.code
         FROM "assemblies"."seat" s JOIN "assemblies"."jurisdiction" j ON j.id = s.jurisdiction_id
        WHERE s.congress_id = $1 AND NOT EXISTS (SELECT 1 FROM "assemblies"."tenure" t WHERE t.seat_id = s.id)`,
      [congress.id],
    )) as Array<{ id: string; number: number; class_code: string; code: string }>;

    const today = calendarDateOf(now);
    const rows = empty.flatMap((seat) => {
      const name = names.get(seat.code);
      const seatClass = seatClassOf(document, seat.class_code);
      if (!name || !seatClass) return [];
      const meeting = (year: number) => countyMeetingDate(document.calendar.countyMeeting, document.calendar.overrides, seat.code, year);
      const term = termCovering(seatClass, today, meeting, cancelled);
      return [{ seat, name: `${name} Delegate ${seat.number}`, accountId: demoAccountId(demoDelegateEmail(seat.code, seat.number)), term }];
    });
    if (rows.length > 0) {
      const seated = (await manager.query(
        `INSERT INTO "assemblies"."tenure"
           (seat_id, account_id, display_name, term_start, term_start_year, term_end, term_end_year, start_kind, start_reason)
         SELECT * , 'elected', 'demo seed' FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::int[], $6::date[], $7::int[])
         RETURNING id`,
        [
          rows.map((row) => row.seat.id),
          rows.map((row) => row.accountId),
          rows.map((row) => row.name),
          rows.map((row) => row.term.termStart),
          rows.map((row) => row.term.startYear),
          rows.map((row) => row.term.termEnd),
          rows.map((row) => row.term.endYear),
        ],
      )) as Array<{ id: string }>;
      // Only the delegates seated now are announced, so a re-run announces nothing twice.
      await appendDelegateSeatChanges(
        manager,
        seated.map((row) => row.id),
      );
    }
    return { tenures: rows.length };
  });
}
