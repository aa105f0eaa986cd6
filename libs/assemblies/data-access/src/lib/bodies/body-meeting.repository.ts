import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { VoteChoice } from '@civic/assemblies-domain';
import { BodyAgendaItemEntity, BodyAttendanceEntity, BodyConflictEntity, BodyMeetingEntity, BodyMotionEntity, BodyVoteEntity } from './body-meeting.entity';

/** An agenda item with the body it belongs to (for membership checks). */
export type AgendaItemInBody = BodyAgendaItemEntity & { bodyId: string };
export type MotionInBody = BodyMotionEntity & { bodyId: string };

/** Meetings of bodies: agenda, attendance, minutes, motions, votes and conflicts. */
@Injectable()
export class BodyMeetingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insertMeeting(
    manager: EntityManager,
    meeting: Pick<BodyMeetingEntity, 'bodyId' | 'title' | 'place' | 'startsAt' | 'createdBy'>,
    agenda: ReadonlyArray<{ title: string; description: string; resolutionId: string | null }>,
  ): Promise<BodyMeetingEntity> {
    const saved = await manager.save(BodyMeetingEntity, manager.create(BodyMeetingEntity, { ...meeting, minutes: null }));
    if (agenda.length > 0) {
      await manager.insert(
        BodyAgendaItemEntity,
        agenda.map((item, index) => ({
          meetingId: saved.id,
          position: index + 1,
          title: item.title,
          description: item.description,
          resolutionId: item.resolutionId,
        })),
      );
    }
    return saved;
  }

  findMeeting(id: string, manager: EntityManager = this.dataSource.manager): Promise<BodyMeetingEntity | null> {
    return manager.findOneBy(BodyMeetingEntity, { id });
  }

  lockMeeting(manager: EntityManager, id: string): Promise<BodyMeetingEntity | null> {
    return manager.getRepository(BodyMeetingEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  /** A body's meetings, newest first. */
  meetingsPage(bodyId: string, offset: number, limit: number): Promise<[BodyMeetingEntity[], number]> {
    return this.dataSource
      .getRepository(BodyMeetingEntity)
      .findAndCount({ where: { bodyId }, order: { startsAt: 'DESC', id: 'ASC' }, skip: offset, take: limit });
  }

  async updateMinutes(manager: EntityManager, meetingId: string, text: string): Promise<void> {
    await manager.update(BodyMeetingEntity, { id: meetingId }, { minutes: text, minutesUpdatedAt: new Date() });
  }

  async approveMinutes(manager: EntityManager, meetingId: string, approvedBy: string): Promise<void> {
    await manager.update(BodyMeetingEntity, { id: meetingId }, { minutesApprovedAt: new Date(), minutesApprovedBy: approvedBy });
  }

  agendaOfMeetings(meetingIds: readonly string[]): Promise<BodyAgendaItemEntity[]> {
    return this.dataSource.getRepository(BodyAgendaItemEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC' } });
  }

  attendanceOfMeetings(meetingIds: readonly string[]): Promise<BodyAttendanceEntity[]> {
    return this.dataSource.getRepository(BodyAttendanceEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { displayName: 'ASC' } });
  }

  /** Records members present; recording someone twice keeps the first record. */
  async insertAttendance(manager: EntityManager, rows: ReadonlyArray<Omit<BodyAttendanceEntity, 'recordedAt'>>): Promise<void> {
    if (rows.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(BodyAttendanceEntity)
      .values(rows.map((row) => ({ ...row, recordedAt: new Date() })))
      .orIgnore()
      .execute();
  }

  /** Locks the agenda item: a vote and a conflict declaration on it cannot interleave. */
  async lockAgendaItem(manager: EntityManager, id: string): Promise<AgendaItemInBody | null> {
    const item = await manager.getRepository(BodyAgendaItemEntity).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id }).getOne();
    if (!item) return null;
    const meeting = await manager.findOneByOrFail(BodyMeetingEntity, { id: item.meetingId });
    return Object.assign(item, { bodyId: meeting.bodyId });
  }

  async findMotion(manager: EntityManager, id: string): Promise<MotionInBody | null> {
    const rows = (await manager.query(
      `SELECT mo.id, mo.agenda_item_id AS "agendaItemId", me.body_id AS "bodyId"
         FROM "assemblies"."body_motion" mo
         JOIN "assemblies"."body_agenda_item" i ON i.id = mo.agenda_item_id
         JOIN "assemblies"."body_meeting" me ON me.id = i.meeting_id
        WHERE mo.id = $1`,
      [id],
    )) as Array<{ id: string; agendaItemId: string; bodyId: string }>;
    const found = rows[0];
    if (!found) return null;
    const motion = await manager.findOneByOrFail(BodyMotionEntity, { id });
    return Object.assign(motion, { bodyId: found.bodyId });
  }

  insertMotion(manager: EntityManager, row: Pick<BodyMotionEntity, 'agendaItemId' | 'text' | 'openedBy'>): Promise<BodyMotionEntity> {
    return manager.save(BodyMotionEntity, manager.create(BodyMotionEntity, { ...row, status: 'open', openedAt: new Date(), closedAt: null }));
  }

  async closeMotion(manager: EntityManager, id: string): Promise<void> {
    await manager.update(BodyMotionEntity, { id, status: 'open' }, { status: 'closed', closedAt: new Date() });
  }

  motionById(id: string): Promise<BodyMotionEntity | null> {
    return this.dataSource.getRepository(BodyMotionEntity).findOneBy({ id });
  }

  motionsOfItems(itemIds: readonly string[]): Promise<BodyMotionEntity[]> {
    return this.dataSource.getRepository(BodyMotionEntity).find({ where: { agendaItemId: In([...itemIds]) }, order: { openedAt: 'ASC', id: 'ASC' } });
  }

  votesOfMotions(motionIds: readonly string[]): Promise<BodyVoteEntity[]> {
    return this.dataSource.getRepository(BodyVoteEntity).find({ where: { motionId: In([...motionIds]) }, order: { displayName: 'ASC', accountId: 'ASC' } });
  }

  conflictsOfItems(itemIds: readonly string[]): Promise<BodyConflictEntity[]> {
    return this.dataSource.getRepository(BodyConflictEntity).find({ where: { agendaItemId: In([...itemIds]) }, order: { declaredAt: 'ASC', id: 'ASC' } });
  }

  findConflict(manager: EntityManager, agendaItemId: string, accountId: string): Promise<BodyConflictEntity | null> {
    return manager.findOneBy(BodyConflictEntity, { agendaItemId, accountId });
  }

  async hasVoted(manager: EntityManager, motionId: string, accountId: string): Promise<boolean> {
    return (await manager.countBy(BodyVoteEntity, { motionId, accountId })) > 0;
  }

  async hasVotedOnItem(manager: EntityManager, agendaItemId: string, accountId: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM "assemblies"."body_vote" v JOIN "assemblies"."body_motion" m ON m.id = v.motion_id WHERE m.agenda_item_id = $1 AND v.account_id = $2 LIMIT 1`,
      [agendaItemId, accountId],
    )) as unknown[];
    return rows.length > 0;
  }

  async insertVote(manager: EntityManager, row: { motionId: string; accountId: string; displayName: string; choice: VoteChoice }): Promise<BodyVoteEntity> {
    const vote = manager.create(BodyVoteEntity, { ...row, castAt: new Date() });
    await manager.insert(BodyVoteEntity, vote);
    return vote;
  }

  insertConflict(manager: EntityManager, row: { agendaItemId: string; accountId: string; displayName: string; reason: string }): Promise<BodyConflictEntity> {
    return manager.save(BodyConflictEntity, manager.create(BodyConflictEntity, { ...row, declaredAt: new Date() }));
  }
}
