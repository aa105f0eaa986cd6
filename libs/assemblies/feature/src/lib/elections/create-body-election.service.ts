import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '@civic/data-access';
import { ErrorCode } from '@civic/contracts';
import {
  calendarDateOf,
  delegationCode,
  DLC_CODE,
  EXECUTIVE_COMMITTEE_CODE,
  planBodyElection,
  yearOf,
  type BodyElectionKind,
  type CountingMethod,
} from '@civic/assemblies-domain';
import { BodyEntity, ElectionRepository, JurisdictionEntity, SeatEntity, type ElectionEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound } from '@civic/util';
import { ConfigurationReader } from '../configuration';
import type { CreateBodyElectionInput } from './election.input';

/**
 * Use case: staff set up a body's election. A delegation's officer election names the
 * county, a council election the district, an Executive Committee election only its office.
 * One election per body, place, office and year.
 */
@Injectable()
export class CreateBodyElectionService {
  constructor(
    private readonly elections: ElectionRepository,
    private readonly configuration: ConfigurationReader,
  ) {}

  async create(staff: AuthenticatedUser, input: CreateBodyElectionInput, now = new Date()): Promise<ElectionEntity> {
    const kind = input.kind as BodyElectionKind;
    const office = input.office ?? null;
    const planning = planBodyElection(kind, office);
    if (!planning.ok) throw new DomainError(ErrorCode.BAD_USER_INPUT, planning.message, { field: planning.field });
    const { plan } = planning;
    const year = input.year ?? yearOf(calendarDateOf(now));
    if (!Number.isInteger(year) || year < 1900 || year > 3000)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'year must be a plausible year.', { field: 'year' });
    const method: CountingMethod = input.method ?? 'plurality';
    const { congressId } = await this.configuration.current();

    let id: string;
    try {
      id = await this.elections.transaction(async (manager) => {
        let jurisdiction: JurisdictionEntity | null = null;
        let bodyCode: string;
        if (kind === 'executive-officer') {
          if (input.jurisdictionCode)
            throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The Executive Committee is elected by the whole council: leave jurisdictionCode out.', {
              field: 'jurisdictionCode',
            });
          bodyCode = EXECUTIVE_COMMITTEE_CODE;
        } else {
          const code = input.jurisdictionCode?.trim() ?? '';
          if (!code)
            throw new DomainError(
              ErrorCode.BAD_USER_INPUT,
              `A ${kind} election needs the jurisdictionCode of its ${kind === 'council-members' ? 'district' : 'county'}.`,
              { field: 'jurisdictionCode' },
            );
          jurisdiction = await manager.findOneBy(JurisdictionEntity, { congressId, code });
          if (!jurisdiction) throw notFound('The jurisdiction', { jurisdictionCode: code });
          if (kind === 'council-members') {
            // A district: the parent of counties that have seats.
            const seated = await manager
              .createQueryBuilder(SeatEntity, 'seat')
              .innerJoin(JurisdictionEntity, 'county', 'county.id = seat.jurisdiction_id')
              .where('county.parent_id = :id', { id: jurisdiction.id })
              .getCount();
            if (seated === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${code} is not a district with delegates.`, { field: 'jurisdictionCode' });
            bodyCode = DLC_CODE;
          } else {
            bodyCode = delegationCode(code);
          }
        }
        const body = await manager.findOneBy(BodyEntity, { congressId, code: bodyCode });
        if (!body || body.kind !== plan.bodyKind) throw notFound(`The ${plan.bodyKind}`, { bodyCode });
        return this.elections.insert(
          manager,
          {
            congressId,
            kind,
            electorateKind: plan.electorateKind,
            meetingId: null,
            jurisdictionId: jurisdiction?.id ?? null,
            bodyId: body.id,
            office,
            year,
            method,
            seatsToFill: plan.seats,
            createdBy: staff.accountId,
          },
          [],
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'election_body_year_key')) {
        throw new DomainError(ErrorCode.CONFLICT, `That ${kind} election already exists for ${year}.`, { year });
      }
      throw error;
    }
    const created = await this.elections.findById(id);
    if (!created) throw new Error(`election ${id} vanished after it was created`);
    return created;
  }
}
