import type { DataSource, EntityManager } from 'typeorm';
import type { DemoReferenceData } from '@civic/contracts';
import {
  applyRule,
  BODY_OFFICES,
  calendarDateOf,
  committeeCode,
  decideAssignment,
  defaultCongressConfiguration,
  DLC_CODE,
  EXECUTIVE_COMMITTEE_CODE,
  oneYearTerm,
  yearOf,
  type CongressConfiguration,
  type SittingMember,
} from '@civic/assemblies-domain';
import { appendMembershipChanges, BodyEntity, CongressConfigurationEntity, CongressEntity } from '@civic/assemblies-data-access';

interface SeatHolder {
  account_id: string;
  display_name: string;
  number: number;
  county_code: string;
  district_code: string;
}

interface MembershipRow {
  bodyId: string;
  accountId: string;
  displayName: string;
  office: string | null;
  countyCode: string | null;
  districtCode: string | null;
}

const COMMITTEE_MEMBERS = 3;

/**
 * Seeds the bodies: a delegation per county that has seats (members come from the seats),
 * the District Leadership Council, the Executive Committee, and the committees named in
 * the reference data; then demo office holders, all with one-year terms from the latest
 * convention: each delegation's seat-1 holder as chair and seat-2 holder as vice-chair;
 * per district the seat-1 delegate of its first county and the seat-2 delegate of its
 * second (a single-county district sends one: at most one member per county); the first
 * five council members as the Executive officers; three delegates per advisory committee,
 * the first as chair. Every council and Executive pick passes `decideAssignment`.
 * Each membership is announced ('assemblies.body-membership-changed') in the seed's
 * transaction. Idempotent: a body that has ever had a stored membership is left alone; an
 * advisory lock makes concurrent seed runs queue up.
 */
export async function seedBodiesDemo(dataSource: DataSource, demo: DemoReferenceData, now = new Date()): Promise<{ memberships: number }> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('assemblies.bodies-demo-seed'))`);
    const congress = await manager.findOneBy(CongressEntity, { slug: demo.congress.slug });
    if (!congress) throw new Error(`seed the congress "${demo.congress.slug}" before its bodies`);
    const stored = await manager.findOneBy(CongressConfigurationEntity, { congressId: congress.id });
    const configuration = (stored?.document as CongressConfiguration | undefined) ?? defaultCongressConfiguration();
    const today = calendarDateOf(now);
    const thisYears = applyRule(configuration.calendar.convention, yearOf(today));
    const term = oneYearTerm(thisYears <= today ? thisYears : applyRule(configuration.calendar.convention, yearOf(today) - 1));

    await manager.query(
      `INSERT INTO "assemblies"."body" ("congress_id", "kind", "code", "name", "jurisdiction_id")
       SELECT $1, 'county-delegation', 'delegation-' || j.code, j.name || ' ' || coalesce(t.name, '') || ' delegation', j.id
         FROM "assemblies"."jurisdiction" j
         LEFT JOIN "assemblies"."tier" t ON t.congress_id = j.congress_id AND t.level = j.tier_level
        WHERE j.congress_id = $1 AND EXISTS (SELECT 1 FROM "assemblies"."seat" s WHERE s.jurisdiction_id = j.id)
       ON CONFLICT ("congress_id", "code") DO NOTHING`,
      [congress.id],
    );
    const named = [
      { kind: 'district-leadership-council', code: DLC_CODE, name: 'District Leadership Council' },
      { kind: 'executive-committee', code: EXECUTIVE_COMMITTEE_CODE, name: 'Executive Committee' },
      ...(demo.committees ?? []).map((committee) => ({ kind: committee.kind, code: committeeCode(committee.name), name: committee.name })),
    ];
    for (const body of named) {
      await manager.query(
        `INSERT INTO "assemblies"."body" ("congress_id", "kind", "code", "name") VALUES ($1, $2, $3, $4) ON CONFLICT ("congress_id", "code") DO NOTHING`,
        [congress.id, body.kind, body.code, body.name],
      );
    }

    const untouched = new Map(
      (
        (await manager.query(
          `SELECT b.id, b.code FROM "assemblies"."body" b
            WHERE b.congress_id = $1 AND NOT EXISTS (SELECT 1 FROM "assemblies"."body_membership" m WHERE m.body_id = b.id)`,
          [congress.id],
        )) as Array<{ id: string; code: string }>
      ).map((row) => [row.code, row.id]),
    );
    const holders = (await manager.query(
      `SELECT t.account_id, t.display_name, s.number, j.code AS county_code, coalesce(d.code, '') AS district_code
         FROM "assemblies"."tenure" t
         JOIN "assemblies"."seat" s ON s.id = t.seat_id
         JOIN "assemblies"."jurisdiction" j ON j.id = s.jurisdiction_id
         LEFT JOIN "assemblies"."jurisdiction" d ON d.id = j.parent_id
        WHERE s.congress_id = $1 AND t.ended_at IS NULL
        ORDER BY d.code, j.code, s.number`,
      [congress.id],
    )) as SeatHolder[];

    const rows: MembershipRow[] = [];
    const toRow = (bodyId: string, holder: SeatHolder, office: string | null): MembershipRow => ({
      bodyId,
      accountId: holder.account_id,
      displayName: holder.display_name,
      office,
      countyCode: holder.county_code,
      districtCode: holder.district_code,
    });

    for (const holder of holders) {
      const delegation = untouched.get(`delegation-${holder.county_code}`);
      if (delegation && (holder.number === 1 || holder.number === 2)) rows.push(toRow(delegation, holder, holder.number === 1 ? 'chair' : 'vice-chair'));
    }

    const council = untouched.get(DLC_CODE);
    const councilMembers = council ? pickCouncil(holders) : await existingCouncil(manager, congress.id, today);
    if (council) rows.push(...councilMembers.map((holder) => toRow(council, holder, null)));

    const executive = untouched.get(EXECUTIVE_COMMITTEE_CODE);
    if (executive) {
      councilMembers.slice(0, BODY_OFFICES.length).forEach((holder, index) => rows.push(toRow(executive, holder, BODY_OFFICES[index] ?? null)));
    }

    (demo.committees ?? [])
      .filter((committee) => committee.kind === 'advisory-committee')
      .forEach((committee, index) => {
        const bodyId = untouched.get(committeeCode(committee.name));
        if (!bodyId || holders.length === 0) return;
        for (let k = 0; k < COMMITTEE_MEMBERS; k += 1) {
          // Seat-3 to seat-5 holders, spread across counties, so committee members differ from the council's picks.
          const pool = holders.filter((holder) => holder.number >= 3);
          const holder = pool[(index * COMMITTEE_MEMBERS + k) % Math.max(pool.length, 1)];
          if (holder && !rows.some((row) => row.bodyId === bodyId && row.accountId === holder.account_id))
            rows.push(toRow(bodyId, holder, k === 0 ? 'chair' : null));
        }
      });

    if (rows.length > 0) {
      const inserted = (await manager.query(
        `WITH inserted AS (
           INSERT INTO "assemblies"."body_membership"
             ("body_id", "account_id", "display_name", "office", "county_code", "district_code", "term_start", "term_end", "start_kind", "source_ref")
           SELECT b, a, n, o, c, d, $7::date, $8::date, 'assigned', 'demo seed'
             FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS r(b, a, n, o, c, d)
           ON CONFLICT DO NOTHING
           RETURNING "id")
         SELECT "id" FROM inserted`,
        [
          rows.map((row) => row.bodyId),
          rows.map((row) => row.accountId),
          rows.map((row) => row.displayName),
          rows.map((row) => row.office),
          rows.map((row) => row.countyCode),
          rows.map((row) => row.districtCode),
          term.termStart,
          term.termEnd,
        ],
      )) as Array<{ id: string }>;
      // Announced like any other membership: the resolutions service learns the demo committees' members.
      await appendMembershipChanges(
        manager,
        inserted.map((row) => row.id),
      );
    }
    return { memberships: rows.length };
  });
}

/** Two delegates per district from different counties, each pick checked by the council's rules. */
function pickCouncil(holders: readonly SeatHolder[]): SeatHolder[] {
  const picked: SeatHolder[] = [];
  const sitting: SittingMember[] = [];
  const countiesByDistrict = new Map<string, string[]>();
  for (const holder of holders) {
    const counties = countiesByDistrict.get(holder.district_code) ?? [];
    if (!counties.includes(holder.county_code)) counties.push(holder.county_code);
    countiesByDistrict.set(holder.district_code, counties);
  }
  for (const [district, counties] of countiesByDistrict) {
    counties.slice(0, 2).forEach((county, index) => {
      const holder = holders.find((row) => row.county_code === county && row.number === index + 1);
      if (!holder) return;
      const decision = decideAssignment(
        { kind: 'district-leadership-council', countyCode: null },
        null,
        { accountId: holder.account_id, delegateOf: { countyCode: county, districtCode: district }, onCouncil: false },
        sitting,
      );
      if (decision.kind === 'refuse') return;
      picked.push(holder);
      sitting.push({ accountId: holder.account_id, office: null, countyCode: county, districtCode: district });
    });
  }
  return picked;
}

async function existingCouncil(manager: EntityManager, congressId: string, today: string): Promise<SeatHolder[]> {
  const council = await manager.findOneBy(BodyEntity, { congressId, code: DLC_CODE });
  if (!council) return [];
  return (await manager.query(
    `SELECT account_id, display_name, 0 AS number, county_code, district_code FROM "assemblies"."body_membership"
      WHERE body_id = $1 AND ended_at IS NULL AND term_start <= $2 AND term_end > $2 ORDER BY district_code, display_name`,
    [council.id, today],
  )) as SeatHolder[];
}
