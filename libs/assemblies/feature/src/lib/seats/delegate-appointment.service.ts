import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import {
  calendarDateOf,
  countyMeetingDate,
  delegationCode,
  seatClassOf,
  termCovering,
  validateDisplayName,
  isVerifiedResidentOf,
  validateReason,
  yearOf,
} from '@civic/assemblies-domain';
import { ResidentRepository } from '@civic/data-access';
import { appendDelegateSeatChanges, BodyRepository, SeatRepository, TenureEntity } from '@civic/assemblies-data-access';
import { hasAnyRole, type AuthenticatedUser } from '@civic/platform';
import { badInput, DomainError, requireUuid } from '@civic/util';
import { ConfigurationReader } from '../configuration';
import { TermLimitCheck } from './term-limit-check.service';
import type { AppointDelegateInput } from './vacancy.input';

/**
 * Fills a vacant seat for the rest of its term. The county's delegation chair (the holder
 * of the delegation's chair office today) makes the appointment; staff may act for the
 * chair (no chair in office, or the chair away). Anyone else is refused with FORBIDDEN
 * before anything is read about the seat. The appointee must be a verified resident of the
 * seat's county (NOT_ELIGIBLE) within the configured term limit (TERM_LIMIT_REACHED), as a
 * candidate at the county meeting must.
 */
@Injectable()
export class DelegateAppointmentService {
  constructor(
    private readonly seats: SeatRepository,
    private readonly configuration: ConfigurationReader,
    private readonly bodies: BodyRepository,
    private readonly residents: ResidentRepository,
    private readonly termLimits: TermLimitCheck,
  ) {}

  async appoint(input: AppointDelegateInput, caller: AuthenticatedUser, now = new Date()): Promise<TenureEntity> {
    const accountId = requireUuid(input.accountId, 'accountId');
    const reasonProblems = validateReason(input.reason);
    if (reasonProblems.length > 0) throw badInput('reason', reasonProblems.join('; '));
    if (!Number.isInteger(input.seatNumber) || input.seatNumber < 1) throw badInput('seatNumber', 'seatNumber must be a positive whole number');

    const { congressId, document } = await this.configuration.current();
    const cancelled = await this.configuration.cancelledYears(congressId);
    const today = calendarDateOf(now);
    if (!hasAnyRole(caller, ['staff', 'admin']) && !(await this.isChairOf(congressId, input.jurisdictionCode, caller.accountId, today))) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the county’s delegation chair or staff may appoint to its vacant seats.');
    }

    return this.seats.transaction(async (manager) => {
      const seat = await this.seats.lockSeat(manager, input.jurisdictionCode, input.seatNumber);
      if (!seat) {
        throw new DomainError(ErrorCode.NOT_FOUND, `${input.jurisdictionCode} has no seat ${input.seatNumber}.`, { field: 'seatNumber' });
      }
      if (await this.seats.findOpenTenure(manager, seat.id)) {
        throw new DomainError(ErrorCode.SEAT_NOT_VACANT, 'The seat has a holder; their tenure must end first.');
      }
      const resident = await this.residents.find(manager, accountId);
      if (!isVerifiedResidentOf(resident, seat.jurisdictionCode)) {
        throw new DomainError(ErrorCode.NOT_ELIGIBLE, `Only a verified resident of ${seat.jurisdictionCode} may be appointed to its seats.`, {
          field: 'accountId',
        });
      }
      const displayName = rosterName(resident?.displayName ?? null, input.displayName);
      await this.termLimits.assertMayStand(manager, congressId, seat.jurisdictionId, accountId, yearOf(today), 'they');
      // The rest of the term: the vacated tenure's end while it lies ahead, else the seat's current term by its class.
      const latest = await this.seats.findLatestTenure(manager, seat.id);
      let termEnd: string;
      let termEndYear: number;
      if (latest && latest.termEnd > today) {
        termEnd = latest.termEnd;
        termEndYear = latest.termEndYear;
      } else {
        const seatClass = seatClassOf(document, seat.classCode);
        if (!seatClass) throw new DomainError(ErrorCode.CONFLICT, `The seat's class "${seat.classCode}" is no longer configured.`);
        const meeting = (year: number) => countyMeetingDate(document.calendar.countyMeeting, document.calendar.overrides, seat.jurisdictionCode, year);
        const term = termCovering(seatClass, today, meeting, cancelled);
        termEnd = term.termEnd;
        termEndYear = term.endYear;
      }
      const tenure = await manager.save(
        TenureEntity,
        manager.create(TenureEntity, {
          seatId: seat.id,
          accountId,
          displayName,
          termStart: today,
          termStartYear: yearOf(today),
          termEnd,
          termEndYear,
          startKind: 'appointed',
          startedBy: caller.accountId,
          startReason: input.reason.trim(),
          endedAt: null,
          endReason: null,
          endNote: null,
          endedBy: null,
        }),
      );
      await appendDelegateSeatChanges(manager, [tenure.id]);
      return tenure;
    });
  }

  private async isChairOf(congressId: string, jurisdictionCode: string, accountId: string, today: string): Promise<boolean> {
    const delegation = await this.bodies.findBodyByCode(congressId, delegationCode(jurisdictionCode));
    if (!delegation) return false;
    const membership = await this.bodies.isCurrentMember(this.bodies.manager, delegation.id, accountId.toLowerCase(), today);
    return membership?.office === 'chair';
  }
}

/**
 * The name on the roster: the account's own, as identity's verification carried it; only for
 * a residency verified before names were carried, the name staff typed (checked as usual).
 */
function rosterName(accountName: string | null, typed: string | null | undefined): string {
  if (accountName) return accountName;
  const problems = validateDisplayName(typed ?? '');
  if (problems.length > 0) throw badInput('displayName', `the account’s name is not known yet: give it (${problems.join('; ')})`);
  return (typed ?? '').trim();
}
