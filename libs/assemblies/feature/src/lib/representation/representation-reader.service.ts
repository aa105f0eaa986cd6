import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ErrorCode } from '@civic/contracts';
import { calendarDateOf, seatClassOf, termCovering, type CongressConfiguration } from '@civic/assemblies-domain';
import { JurisdictionRepository, SeatRepository, type JurisdictionEntity, type SeatEntity, type TenureEntity } from '@civic/assemblies-data-access';
import { pageWindow, toConnection, type Connection, type PageArgs } from '@civic/platform';
import { DomainError, requireUuid } from '@civic/util';
import { ConfigurationReader, type CurrentConfiguration } from '../configuration';

/**
 * Public reads of who holds which seat. Request-scoped: its loaders batch the seat and
 * holder look-ups of a whole roster (72 counties × 5 seats) into a few queries.
 */
@Injectable({ scope: Scope.REQUEST })
export class RepresentationReader {
  private configuration: Promise<CurrentConfiguration & { cancelled: number[] }> | undefined;

  private readonly seatsOf = new DataLoader<string, SeatEntity[]>(async (jurisdictionIds) => {
    const rows = await this.seats.seatsOfJurisdictions(jurisdictionIds);
    return jurisdictionIds.map((id) => rows.filter((row) => row.jurisdictionId === id));
  });

  private readonly holderOf = new DataLoader<string, TenureEntity | null>(async (seatIds) => {
    const rows = await this.seats.openTenuresOfSeats(seatIds);
    const found = new Map(rows.map((row) => [row.seatId, row]));
    return seatIds.map((id) => found.get(id) ?? null);
  });

  private readonly seatById = new DataLoader<string, SeatEntity | null>(async (ids) => {
    const rows = await this.seats.seatsByIds(ids);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });

  private readonly jurisdictionById = new DataLoader<string, JurisdictionEntity | null>(async (ids) => {
    const rows = await this.jurisdictions.findByIds(ids);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });

  constructor(
    private readonly seats: SeatRepository,
    private readonly jurisdictions: JurisdictionRepository,
    private readonly reader: ConfigurationReader,
  ) {}

  private current() {
    this.configuration ??= this.reader.current().then(async (current) => ({
      ...current,
      cancelled: await this.reader.cancelledYears(current.congressId),
    }));
    return this.configuration;
  }

  seatsOfJurisdiction(jurisdictionId: string): Promise<SeatEntity[]> {
    return this.seatsOf.load(jurisdictionId);
  }

  holder(seatId: string): Promise<TenureEntity | null> {
    return this.holderOf.load(seatId);
  }

  seat(seatId: string): Promise<SeatEntity | null> {
    return this.seatById.load(seatId);
  }

  jurisdiction(jurisdictionId: string): Promise<JurisdictionEntity | null> {
    return this.jurisdictionById.load(jurisdictionId);
  }

  async seatClass(code: string) {
    return seatClassOf((await this.current()).document, code) ?? null;
  }

  meetingDate(document: CongressConfiguration, jurisdictionCode: string, year: number): string {
    return this.reader.meetingDate(document, jurisdictionCode, year);
  }

  async countyMeetingDate(jurisdictionCode: string, year: number): Promise<string> {
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'year must be between 1900 and 2200.', { field: 'year' });
    }
    return this.meetingDate((await this.current()).document, jurisdictionCode, year);
  }

  /** When the seat's current term ends: the holder's term end, or for a vacant seat its class's current term. */
  async termEnds(seat: SeatEntity, now = new Date()): Promise<string | null> {
    const holder = await this.holder(seat.id);
    if (holder) return holder.termEnd;
    const { document, cancelled } = await this.current();
    const seatClass = seatClassOf(document, seat.classCode);
    const jurisdiction = await this.jurisdiction(seat.jurisdictionId);
    if (!seatClass || !jurisdiction) return null;
    return termCovering(seatClass, calendarDateOf(now), (year) => this.meetingDate(document, jurisdiction.code, year), cancelled).termEnd;
  }

  async delegatesInOffice(args: PageArgs): Promise<Connection<TenureEntity>> {
    const window = pageWindow(args);
    const { congressId } = await this.current();
    const [rows, total] = await this.seats.openTenuresPage(congressId, window.offset, window.limit);
    return toConnection(rows, total, window);
  }

  async recordOf(accountId: string, args: PageArgs): Promise<Connection<TenureEntity>> {
    const window = pageWindow(args);
    const [rows, total] = await this.seats.tenuresOfAccount(requireUuid(accountId, 'accountId'), window.offset, window.limit);
    return toConnection(rows, total, window);
  }

  async seatCounts() {
    const { congressId } = await this.current();
    const counts = await this.seats.seatCounts(congressId);
    return { ...counts, vacant: counts.seats - counts.filled };
  }
}
