import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CheckInReason, VotingRight } from '@civic/assemblies-domain';
import { AttendanceEntity } from './attendance.entity';

export interface AttendanceCounts {
  total: number;
  withVote: number;
  withoutVote: number;
}

export interface NewAttendance {
  meetingId: string;
  accountId: string | null;
  name: string | null;
  withVote: boolean;
  reason: CheckInReason;
  checkedInBy: string;
}

/** Who checked in at county meetings. Writes take the caller's transaction. */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByAccount(manager: EntityManager, meetingId: string, accountId: string): Promise<AttendanceEntity | null> {
    return manager.findOneBy(AttendanceEntity, { meetingId, accountId });
  }

  async insert(manager: EntityManager, attendance: NewAttendance): Promise<string> {
    const result = await manager.insert(AttendanceEntity, attendance);
    const id = (result.identifiers[0] as { id?: string } | undefined)?.id;
    if (!id) throw new Error('the database returned no id for the new attendance');
    return id;
  }

  async changeRight(manager: EntityManager, id: string, right: VotingRight): Promise<void> {
    await manager.update(AttendanceEntity, { id }, { withVote: right.withVote, reason: right.reason });
  }

  findById(manager: EntityManager, id: string): Promise<AttendanceEntity | null> {
    return manager.findOneBy(AttendanceEntity, { id });
  }

  /** Counts per meeting, for all the meetings asked about (zeros for those with nobody yet). */
  async countsFor(meetingIds: readonly string[]): Promise<Map<string, AttendanceCounts>> {
    const counts = new Map<string, AttendanceCounts>(meetingIds.map((id) => [id, { total: 0, withVote: 0, withoutVote: 0 }]));
    if (meetingIds.length === 0) return counts;
    const rows: Array<{ meeting_id: string; total: number; with_vote: number }> = await this.dataSource.query(
      `SELECT "meeting_id", count(*)::int AS "total", count(*) FILTER (WHERE "with_vote")::int AS "with_vote"
         FROM "assemblies"."county_meeting_attendance"
        WHERE "meeting_id" = ANY($1::uuid[])
        GROUP BY "meeting_id"`,
      [[...meetingIds]],
    );
    for (const row of rows) counts.set(row.meeting_id, { total: row.total, withVote: row.with_vote, withoutVote: row.total - row.with_vote });
    return counts;
  }

  /** One page of a meeting's attendees, in check-in order. */
  findPage(meetingId: string, offset: number, limit: number): Promise<[AttendanceEntity[], number]> {
    return this.dataSource
      .getRepository(AttendanceEntity)
      .findAndCount({ where: { meetingId }, order: { checkedInAt: 'ASC', id: 'ASC' }, skip: offset, take: limit });
  }
}
