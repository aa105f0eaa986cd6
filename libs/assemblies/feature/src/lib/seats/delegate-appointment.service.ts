import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import {
  calendarDateOf,
  countyMeetingDate,
  seatClassOf,
  termCovering,
  validateDisplayName,
  validateReason,
  yearOf,
} from '@civic/assemblies-domain';
import { SeatRepository, TenureEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { ConfigurationReader } from '../configuration/configuration-reader.service';
import { assertUuid, badInput } from './seat-input';
import type { AppointDelegateInput } from './vacancy.input';

/**
 * Fills a vacant seat for the rest of its term. The county delegation chair makes the
 * appointment; until bodies (and their chairs) exist, staff act for the chair.
 */
@Injectable()
export class DelegateAppointmentService {
  constructor(
    private readonly seats: SeatRepository,
    private readonly configuration: ConfigurationReader,
  ) {}

  async appoint(input: AppointDelegateInput, caller: AuthenticatedUser, now = new Date()): Promise<TenureEntity> {
    assertUuid(input.accountId, 'accountId');
    const nameProblems = validateDisplayName(input.displayName);
    if (nameProblems.length > 0) throw badInput(nameProblems, 'displayName');
    const reasonProblems = validateReason(input.reason);
    if (reasonProblems.length > 0) throw badInput(reasonProblems, 'reason');
    if (!Number.isInteger(input.seatNumber) || input.seatNumber < 1) throw badInput(['seatNumber must be a positive whole number'], 'seatNumber');

    const { congressId, document } = await this.configuration.current();
    const cancelled = await this.configuration.cancelledYears(congressId);
    const today = calendarDateOf(now);

    return this.seats.transaction(async (manager) => {
      const seat = await this.seats.lockSeat(manager, input.jurisdictionCode, input.seatNumber);
      if (!seat) {
        throw new DomainError(ErrorCode.NOT_FOUND, `${input.jurisdictionCode} has no seat ${input.seatNumber}.`, { field: 'seatNumber' });
      }
      if (await this.seats.findOpenTenure(manager, seat.id)) {
        throw new DomainError(ErrorCode.SEAT_NOT_VACANT, 'The seat has a holder; their tenure must end first.');
      }
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
      return manager.save(
        TenureEntity,
        manager.create(TenureEntity, {
          seatId: seat.id,
          accountId: input.accountId.toLowerCase(),
          displayName: input.displayName.trim(),
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
    });
  }
}
