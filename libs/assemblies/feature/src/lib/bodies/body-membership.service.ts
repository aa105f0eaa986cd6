import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '@civic/data-access';
import { ErrorCode } from '@civic/contracts';
import { calendarDateOf, decideAssignment, isCalendarDate, oneYearTerm, validateDisplayName, type BodyOffice } from '@civic/assemblies-domain';
import { BodyRepository, type BodyMembershipEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';
import { BodyMembershipEndReason } from './body.enums';
import type { AssignBodyMemberInput, EndBodyMembershipInput } from './body.input';

/** What fills a membership: a staff assignment today, a certified election result later. */
export interface MembershipFill {
  bodyId: string;
  accountId: string;
  office: BodyOffice | null;
  displayName?: string | null;
  /** YYYY-MM-DD; the term runs one year from it. */
  termStart: string;
  source: { kind: 'assigned'; by: string } | { kind: 'elected'; electionRef: string; by: string | null };
}

/**
 * Use case: fill a body's membership or office, and end one early. Every fill goes through
 * `decideAssignment` (one per county and two per district on the council, officers from
 * the council, a delegation's officers from its county, one holder per office, no double
 * office) under a lock on the body, so concurrent fills cannot break the counts. The
 * election engine calls `fill` with an `elected` source inside its certification
 * transaction; staff call it through `assignBodyMember`.
 */
@Injectable()
export class BodyMembershipService {
  constructor(private readonly bodies: BodyRepository) {}

  assign(staff: AuthenticatedUser, input: AssignBodyMemberInput, now = new Date()): Promise<BodyMembershipEntity> {
    const termStart = input.termStart ?? calendarDateOf(now);
    if (!isCalendarDate(termStart)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'termStart must be a date (YYYY-MM-DD).', { field: 'termStart' });
    return this.bodies.transaction((manager) =>
      this.fill(
        manager,
        {
          bodyId: requireUuid(input.bodyId, 'bodyId'),
          accountId: requireUuid(input.accountId, 'accountId'),
          office: input.office ?? null,
          displayName: input.displayName ?? null,
          termStart,
          source: { kind: 'assigned', by: staff.accountId },
        },
        calendarDateOf(now),
      ),
    );
  }

  /** Fills one membership inside the caller's transaction; throws a typed DomainError when a rule forbids it. */
  async fill(manager: EntityManager, fill: MembershipFill, today: string): Promise<BodyMembershipEntity> {
    const body = await this.bodies.lockBody(manager, fill.bodyId);
    if (!body) throw notFound('The body', { bodyId: fill.bodyId });
    await this.bodies.closeExpired(manager, body.id, today);

    const seat = await this.bodies.delegateInOffice(fill.accountId, manager);
    let onCouncil = false;
    if (body.kind === 'executive-committee') {
      const council = await this.bodies.findBodyOfKind(manager, body.congressId, 'district-leadership-council');
      onCouncil = council !== null && (await this.bodies.isCurrentMember(manager, council.id, fill.accountId, today)) !== null;
    }
    const sitting = (await this.bodies.currentMemberships(body.id, today, manager)).map((row) => ({
      accountId: row.accountId,
      office: row.office,
      countyCode: row.countyCode,
      districtCode: row.districtCode,
    }));
    const countyCode = body.kind === 'county-delegation' ? await this.countyCodeOf(manager, body.jurisdictionId) : null;
    const decision = decideAssignment(
      { kind: body.kind, countyCode },
      fill.office,
      { accountId: fill.accountId, delegateOf: seat ? { countyCode: seat.countyCode, districtCode: seat.districtCode ?? '' } : null, onCouncil },
      sitting,
    );
    if (decision.kind === 'refuse') throw new DomainError(ErrorCode[decision.refusal.code], decision.refusal.message, { bodyId: body.id });

    const displayName = (fill.displayName ?? seat?.displayName ?? '').trim();
    const nameProblems = validateDisplayName(displayName);
    if (nameProblems.length > 0) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${nameProblems[0] ?? 'displayName is invalid'} (required for someone who is not a delegate).`, {
        field: 'displayName',
      });
    }
    const term = oneYearTerm(fill.termStart);
    try {
      return await this.bodies.insertMembership(manager, {
        bodyId: body.id,
        accountId: fill.accountId,
        displayName,
        office: fill.office,
        countyCode: decision.countyCode,
        districtCode: decision.districtCode,
        termStart: term.termStart,
        termEnd: term.termEnd,
        startKind: fill.source.kind,
        sourceRef: fill.source.kind === 'elected' ? fill.source.electionRef : null,
        assignedBy: fill.source.by,
      });
    } catch (error) {
      // The body lock makes this unreachable for fills of today; a future-dated term can still collide.
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorCode.CONFLICT, 'The person or the office already has an open membership in this body.');
      }
      throw error;
    }
  }

  async end(staff: AuthenticatedUser, input: EndBodyMembershipInput): Promise<BodyMembershipEntity> {
    const id = requireUuid(input.membershipId, 'membershipId');
    if (input.reason !== BodyMembershipEndReason.RESIGNED && input.reason !== BodyMembershipEndReason.REMOVED) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A membership ends early by resignation or removal; terms complete on their own.', { field: 'reason' });
    }
    const reason = input.reason;
    return this.bodies.transaction(async (manager) => {
      const row = await this.bodies.lockMembership(manager, id);
      if (!row) throw notFound('The membership', { membershipId: id });
      if (row.endedAt) throw new DomainError(ErrorCode.CONFLICT, 'The membership has already ended.', { membershipId: id });
      await this.bodies.endMembership(manager, id, reason, staff.accountId);
      const ended = await this.bodies.findMembership(manager, id);
      if (!ended) throw new Error(`membership ${id} vanished inside its own transaction`);
      return ended;
    });
  }

  private async countyCodeOf(manager: EntityManager, jurisdictionId: string | null): Promise<string | null> {
    if (!jurisdictionId) return null;
    const rows = (await manager.query(`SELECT code FROM "assemblies"."jurisdiction" WHERE id = $1`, [jurisdictionId])) as Array<{ code: string }>;
    return rows[0]?.code ?? null;
  }
}
