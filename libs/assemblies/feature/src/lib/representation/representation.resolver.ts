import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { JurisdictionEntity, SeatEntity, TenureEntity } from '@civic/assemblies-data-access';
import { PageArgs, Public, type Connection } from '@civic/platform';
import { SeatClassType } from '../configuration';
import { Jurisdiction } from '../jurisdictions';
import { AccountStub, SeatCountsType, SeatType, TenureConnection, TenureType } from '../seats';
import { RepresentationReader } from './representation-reader.service';

/** Who represents each jurisdiction, and until when: public. */
@Public()
@Resolver(() => Jurisdiction)
export class JurisdictionSeatsResolver {
  constructor(private readonly reader: RepresentationReader) {}

  @ResolveField(() => [SeatType], { description: 'The jurisdiction’s seats in number order, with their holders.' })
  seats(@Parent() jurisdiction: JurisdictionEntity): Promise<SeatEntity[]> {
    return this.reader.seatsOfJurisdiction(jurisdiction.id);
  }

  @ResolveField(() => String, { description: 'The date (YYYY-MM-DD) of the jurisdiction’s assembly meeting in a year.' })
  meetingDate(@Parent() jurisdiction: JurisdictionEntity, @Args('year', { type: () => Int }) year: number): Promise<string> {
    return this.reader.countyMeetingDate(jurisdiction.code, year);
  }
}

@Public()
@Resolver(() => SeatType)
export class SeatResolver {
  constructor(private readonly reader: RepresentationReader) {}

  @ResolveField(() => TenureType, { nullable: true, description: 'Who holds the seat now; null when vacant.' })
  holder(@Parent() seat: SeatEntity): Promise<TenureEntity | null> {
    return this.reader.holder(seat.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'YYYY-MM-DD: when the seat’s current term ends.' })
  termEnds(@Parent() seat: SeatEntity): Promise<string | null> {
    return this.reader.termEnds(seat);
  }

  @ResolveField(() => SeatClassType, { nullable: true, name: 'seatClass' })
  seatClass(@Parent() seat: SeatEntity): Promise<SeatClassType | null> {
    return this.reader.seatClass(seat.classCode);
  }

  @ResolveField(() => Jurisdiction, { nullable: true })
  jurisdiction(@Parent() seat: SeatEntity): Promise<JurisdictionEntity | null> {
    return this.reader.jurisdiction(seat.jurisdictionId);
  }
}

@Public()
@Resolver(() => TenureType)
export class TenureResolver {
  constructor(private readonly reader: RepresentationReader) {}

  @ResolveField(() => AccountStub, { description: 'The account of the person (owned by the identity service).' })
  account(@Parent() tenure: TenureEntity): AccountStub {
    return { id: tenure.accountId };
  }

  @ResolveField(() => SeatType, { nullable: true })
  seat(@Parent() tenure: TenureEntity): Promise<SeatEntity | null> {
    return this.reader.seat(tenure.seatId);
  }

  @ResolveField(() => Boolean, { description: 'True while this is the seat’s current holder.' })
  inOffice(@Parent() tenure: TenureEntity): boolean {
    return tenure.endedAt === null;
  }
}

@Public()
@Resolver()
export class DelegatesResolver {
  constructor(private readonly reader: RepresentationReader) {}

  @Query(() => TenureConnection, { description: 'Everyone in office, by jurisdiction code and seat number.' })
  delegatesInOffice(@Args() page: PageArgs): Promise<Connection<TenureEntity>> {
    return this.reader.delegatesInOffice(page);
  }

  @Query(() => TenureConnection, { description: 'A delegate’s record: every tenure of the account, newest first.' })
  delegateRecord(@Args('accountId', { type: () => ID }) accountId: string, @Args() page: PageArgs): Promise<Connection<TenureEntity>> {
    return this.reader.recordOf(accountId, page);
  }

  @Query(() => SeatCountsType, { description: 'How many seats the congress has and how many are filled.' })
  seatCounts(): Promise<SeatCountsType> {
    return this.reader.seatCounts();
  }
}
