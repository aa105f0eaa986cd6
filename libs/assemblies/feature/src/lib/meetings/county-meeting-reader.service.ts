import { Injectable, Scope } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  AttendanceRepository,
  CountyMeetingRepository,
  JurisdictionRepository,
  type AgendaItemEntity,
  type AttendanceCounts,
  type AttendanceEntity,
  type CountyMeetingEntity,
  type CountyMeetingFilter,
  type JurisdictionEntity,
} from '@civic/assemblies-data-access';
import { pageWindow, toConnection, type AuthenticatedUser, type Connection, type PageArgs } from '@civic/platform';
import { isUuid, notFound, requireUuid } from '@civic/util';

/**
 * Reads of county meetings. Request-scoped so that a list of meetings loads its agendas,
 * counts and counties in one query each.
 */
@Injectable({ scope: Scope.REQUEST })
export class CountyMeetingReader {
  private readonly agendas = new DataLoader<string, AgendaItemEntity[]>(async (ids) => {
    const rows = await this.meetings.findAgendas(ids);
    return ids.map((id) => rows.filter((row) => row.meetingId === id));
  });

  private readonly counts = new DataLoader<string, AttendanceCounts>(async (ids) => {
    const counts = await this.attendance.countsFor(ids);
    return ids.map((id) => counts.get(id) ?? { total: 0, withVote: 0, withoutVote: 0 });
  });

  private readonly jurisdictions = new DataLoader<string, JurisdictionEntity | null>(async (ids) => {
    const rows = await this.jurisdictionRepository.findByIds(ids);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: CountyMeetingRepository,
    private readonly attendance: AttendanceRepository,
    private readonly jurisdictionRepository: JurisdictionRepository,
  ) {}

  /** Null for an unknown id (including one that is not a uuid at all). */
  async byId(id: string): Promise<CountyMeetingEntity | null> {
    if (!isUuid(id)) return null;
    return this.meetings.findById(id.toLowerCase());
  }

  async page(filter: { year: number; jurisdictionCode?: string; districtCode?: string }, args: PageArgs): Promise<Connection<CountyMeetingEntity>> {
    const window = pageWindow(args);
    const repositoryFilter: CountyMeetingFilter = { year: filter.year };
    if (filter.jurisdictionCode !== undefined && filter.jurisdictionCode !== null) {
      repositoryFilter.jurisdictionId = (await this.jurisdictionByCode(filter.jurisdictionCode, 'jurisdictionCode')).id;
    }
    if (filter.districtCode !== undefined && filter.districtCode !== null) {
      repositoryFilter.parentJurisdictionId = (await this.jurisdictionByCode(filter.districtCode, 'districtCode')).id;
    }
    const [rows, total] = await this.meetings.findPage(repositoryFilter, window.offset, window.limit);
    return toConnection(rows, total, window);
  }

  async jurisdictionOf(meeting: CountyMeetingEntity): Promise<JurisdictionEntity> {
    const jurisdiction = meeting.jurisdiction ?? (await this.jurisdictions.load(meeting.jurisdictionId));
    if (!jurisdiction) throw notFound("The meeting's county");
    return jurisdiction;
  }

  agendaOf(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.agendas.load(meetingId);
  }

  countsOf(meetingId: string): Promise<AttendanceCounts> {
    return this.counts.load(meetingId);
  }

  /** Staff only (the resolver's rule): names are never public. */
  async attendees(meetingId: string, args: PageArgs): Promise<Connection<AttendanceEntity>> {
    const window = pageWindow(args);
    const [rows, total] = await this.attendance.findPage(meetingId, window.offset, window.limit);
    return toConnection(rows, total, window);
  }

  /** The caller's own check-in at a meeting; null if they have not checked in. */
  async myCheckIn(user: AuthenticatedUser, meetingIdInput: string): Promise<AttendanceEntity | null> {
    const meetingId = requireUuid(meetingIdInput, 'meetingId');
    return this.attendance.findByAccount(this.dataSource.manager, meetingId, user.accountId);
  }

  private async jurisdictionByCode(code: string, field: string): Promise<JurisdictionEntity> {
    const [jurisdiction] = await this.jurisdictionRepository.findByCodes([code]);
    if (!jurisdiction) throw notFound(`Jurisdiction "${code}"`, { field });
    return jurisdiction;
  }
}
