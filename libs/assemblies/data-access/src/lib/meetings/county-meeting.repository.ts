import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AgendaItemDraft, MeetingStatus } from '@civic/assemblies-domain';
import { AgendaItemEntity } from './agenda-item.entity';
import { CountyMeetingEntity } from './county-meeting.entity';

export interface CountyMeetingFilter {
  year: number;
  /** Only the meeting of this county. */
  jurisdictionId?: string;
  /** Only the meetings of the counties under this jurisdiction (a district). */
  parentJurisdictionId?: string;
}

export interface NewCountyMeeting {
  jurisdictionId: string;
  year: number;
  place: string;
  startsAt: Date;
  endsAt: Date;
  createdBy: string;
}

export type CountyMeetingChanges = Partial<Pick<CountyMeetingEntity, 'place' | 'startsAt' | 'endsAt' | 'status' | 'openedAt' | 'closedAt'>>;

/** The Postgres error raised when the one-meeting-per-county-per-year rule is broken. */
export const MEETING_YEAR_TAKEN_CONSTRAINT = 'county_meeting_jurisdiction_year_key';

/** County meetings and their agendas. Writes take the caller's transaction. */
@Injectable()
export class CountyMeetingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<CountyMeetingEntity | null> {
    return this.dataSource.getRepository(CountyMeetingEntity).findOne({ where: { id }, relations: { jurisdiction: true } });
  }

  /**
   * The meeting, locked until the transaction ends: status changes and check-ins of one
   * meeting happen one after another, so nobody is checked in after it closed.
   */
  findForUpdate(manager: EntityManager, id: string): Promise<CountyMeetingEntity | null> {
    return manager.createQueryBuilder(CountyMeetingEntity, 'meeting').where('meeting.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Inserts the meeting; fails with MEETING_YEAR_TAKEN_CONSTRAINT when the county already has one that year. */
  async insert(manager: EntityManager, meeting: NewCountyMeeting): Promise<string> {
    const result = await manager.insert(CountyMeetingEntity, { ...meeting, status: 'scheduled' satisfies MeetingStatus });
    const id = (result.identifiers[0] as { id?: string } | undefined)?.id;
    if (!id) throw new Error('the database returned no id for the new meeting');
    return id;
  }

  async update(manager: EntityManager, id: string, changes: CountyMeetingChanges): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await manager.update(CountyMeetingEntity, { id }, changes);
  }

  /** Replaces the whole agenda: positions follow the order given, from 1. */
  async replaceAgenda(manager: EntityManager, meetingId: string, items: readonly AgendaItemDraft[]): Promise<void> {
    await manager.delete(AgendaItemEntity, { meetingId });
    if (items.length === 0) return;
    await manager.insert(
      AgendaItemEntity,
      items.map((item, index) => ({ meetingId, position: index + 1, title: item.title, description: item.description })),
    );
  }

  findAgendas(meetingIds: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.dataSource.getRepository(AgendaItemEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { meetingId: 'ASC', position: 'ASC' } });
  }

  /** One page, by start time then id so that cursors stay stable. */
  findPage(filter: CountyMeetingFilter, offset: number, limit: number): Promise<[CountyMeetingEntity[], number]> {
    const query = this.dataSource
      .getRepository(CountyMeetingEntity)
      .createQueryBuilder('meeting')
      .innerJoinAndSelect('meeting.jurisdiction', 'jurisdiction')
      .where('meeting.year = :year', { year: filter.year });
    if (filter.jurisdictionId !== undefined) query.andWhere('meeting.jurisdictionId = :jurisdictionId', { jurisdictionId: filter.jurisdictionId });
    if (filter.parentJurisdictionId !== undefined) {
      query.andWhere('jurisdiction.parentId = :parentId', { parentId: filter.parentJurisdictionId });
    }
    return query.orderBy('meeting.startsAt', 'ASC').addOrderBy('meeting.id', 'ASC').skip(offset).take(limit).getManyAndCount();
  }
}
