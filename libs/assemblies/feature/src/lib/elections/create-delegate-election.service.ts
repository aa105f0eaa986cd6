import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '@civic/data-access';
import { ErrorCode } from '@civic/contracts';
import { isUpInYear, seatClassOf, termElectedIn, type CountingMethod } from '@civic/assemblies-domain';
import { CountyMeetingEntity, ElectionRepository, JurisdictionEntity, SeatEntity, type ElectionEntity } from '@civic/assemblies-data-access';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';
import { ConfigurationReader } from '../configuration';
import type { CreateDelegateElectionInput } from './election.input';

/**
 * Use case: staff set up the delegate election of a county meeting. It covers the seats of
 * the county that are up in the meeting's year (by their classes and any cancelled years),
 * or the ones staff name, which must be up.
 */
@Injectable()
export class CreateDelegateElectionService {
  constructor(
    private readonly elections: ElectionRepository,
    private readonly configuration: ConfigurationReader,
  ) {}

  async create(staff: AuthenticatedUser, input: CreateDelegateElectionInput): Promise<ElectionEntity> {
    const meetingId = requireUuid(input.meetingId, 'meetingId');
    const method: CountingMethod = input.method ?? 'plurality';
    let id: string;
    try {
      id = await this.elections.transaction(async (manager) => {
        const meeting = await manager.findOneBy(CountyMeetingEntity, { id: meetingId });
        if (!meeting) throw notFound('The meeting', { meetingId });
        if (meeting.status === 'closed') {
          throw new DomainError(ErrorCode.CONFLICT, 'The meeting has closed; its elections can no longer be set up.', { meetingId });
        }
        const jurisdiction = await manager.findOneByOrFail(JurisdictionEntity, { id: meeting.jurisdictionId });
        requireCountyAccess(staff, jurisdiction.code);
        const { document } = await this.configuration.current(jurisdiction.congressId);
        const cancelled = await this.configuration.cancelledYears(jurisdiction.congressId);
        const seats = await manager.find(SeatEntity, { where: { jurisdictionId: jurisdiction.id }, order: { number: 'ASC' } });
        const up = seats.filter((seat) => {
          const seatClass = seatClassOf(document, seat.classCode);
          return seatClass !== undefined && isUpInYear(seatClass, meeting.year, cancelled);
        });
        let chosen = up;
        if (input.seatNumbers && input.seatNumbers.length > 0) {
          const wanted = [...new Set(input.seatNumbers)];
          const notUp = wanted.filter((number) => !up.some((seat) => seat.number === number));
          if (notUp.length > 0) {
            throw new DomainError(ErrorCode.SEAT_NOT_UP, `Seat ${notUp.join(', ')} of ${jurisdiction.code} is not up in ${meeting.year}.`, {
              field: 'seatNumbers',
              seatsUp: up.map((seat) => seat.number),
            });
          }
          chosen = up.filter((seat) => wanted.includes(seat.number));
        }
        if (chosen.length === 0) {
          throw new DomainError(ErrorCode.SEAT_NOT_UP, `No seat of ${jurisdiction.code} is up in ${meeting.year}.`, { year: meeting.year });
        }
        return this.elections.insert(
          manager,
          {
            congressId: jurisdiction.congressId,
            kind: 'county-delegates',
            electorateKind: 'county-meeting',
            meetingId,
            jurisdictionId: jurisdiction.id,
            bodyId: null,
            office: null,
            year: meeting.year,
            method,
            seatsToFill: chosen.length,
            createdBy: staff.accountId,
          },
          chosen.map((seat) => {
            const seatClass = seatClassOf(document, seat.classCode);
            if (!seatClass) throw new Error(`seat ${seat.id} lost its class`);
            return { seatId: seat.id, seatNumber: seat.number, termEndYear: termElectedIn(seatClass, meeting.year, cancelled).endYear };
          }),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'election_meeting_kind_key')) {
        throw new DomainError(ErrorCode.CONFLICT, 'The meeting already has a delegate election.', { meetingId });
      }
      throw error;
    }
    const created = await this.elections.findById(id);
    if (!created) throw new Error(`election ${id} vanished after it was created`);
    return created;
  }
}
