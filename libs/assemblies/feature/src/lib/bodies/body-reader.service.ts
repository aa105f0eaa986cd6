import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ErrorCode } from '@civic/contracts';
import { calendarDateOf, tally } from '@civic/assemblies-domain';
import {
  BodyMeetingRepository,
  BodyRepository,
  JurisdictionRepository,
  type BodyAgendaItemEntity,
  type BodyAttendanceEntity,
  type BodyConflictEntity,
  type BodyEntity,
  type BodyMeetingEntity,
  type BodyMotionEntity,
  type BodyVoteEntity,
  type JurisdictionEntity,
} from '@civic/assemblies-data-access';
import { pageWindow, toConnection, type Connection, type PageArgs } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';
import { BodyMembers, fromSeat, fromStored } from './body-members.service';
import type { BodyKindValue } from './body.enums';
import type { BodyMotionTallyType } from './body-meeting.type';
import type { BodyMembershipType } from './body.type';

function grouped<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  return keys.map((key) => rows.filter((row) => keyOf(row) === key));
}

/**
 * Public reads of bodies, memberships and meetings. Request-scoped: its loaders batch the
 * agenda, motions, votes and conflicts of a page of meetings into a few queries.
 */
@Injectable({ scope: Scope.REQUEST })
export class BodyReader {
  private readonly today = calendarDateOf(new Date());
  private congressId: Promise<string> | undefined;

  private readonly bodyById = new DataLoader<string, BodyEntity | null>(async (ids) => {
    const rows = await this.bodies.bodiesByIds(ids);
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  });
  private readonly jurisdictionById = new DataLoader<string, JurisdictionEntity | null>(async (ids) => {
    const rows = await this.jurisdictions.findByIds(ids);
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  });
  private readonly agendaOf = new DataLoader<string, BodyAgendaItemEntity[]>(async (ids) =>
    grouped(ids, await this.meetings.agendaOfMeetings(ids), (row) => row.meetingId),
  );
  private readonly attendanceOf = new DataLoader<string, BodyAttendanceEntity[]>(async (ids) =>
    grouped(ids, await this.meetings.attendanceOfMeetings(ids), (row) => row.meetingId),
  );
  private readonly motionsOf = new DataLoader<string, BodyMotionEntity[]>(async (ids) =>
    grouped(ids, await this.meetings.motionsOfItems(ids), (row) => row.agendaItemId),
  );
  private readonly votesOf = new DataLoader<string, BodyVoteEntity[]>(async (ids) =>
    grouped(ids, await this.meetings.votesOfMotions(ids), (row) => row.motionId),
  );
  private readonly conflictsOf = new DataLoader<string, BodyConflictEntity[]>(async (ids) =>
    grouped(ids, await this.meetings.conflictsOfItems(ids), (row) => row.agendaItemId),
  );

  constructor(
    private readonly bodies: BodyRepository,
    private readonly meetings: BodyMeetingRepository,
    private readonly jurisdictions: JurisdictionRepository,
    private readonly membership: BodyMembers,
  ) {}

  private currentCongressId(): Promise<string> {
    this.congressId ??= this.jurisdictions.findDefaultCongress().then((congress) => {
      if (!congress) throw new DomainError(ErrorCode.NOT_FOUND, 'No congress has been configured yet.');
      return congress.id;
    });
    return this.congressId;
  }

  async list(filter: { kind?: BodyKindValue | null; jurisdictionCode?: string | null }, args: PageArgs): Promise<Connection<BodyEntity>> {
    const window = pageWindow(args);
    const congressId = await this.currentCongressId();
    let jurisdictionId: string | undefined;
    if (filter.jurisdictionCode) {
      const [jurisdiction] = await this.jurisdictions.findByCodes([filter.jurisdictionCode]);
      if (!jurisdiction) throw notFound('The jurisdiction', { jurisdictionCode: filter.jurisdictionCode });
      jurisdictionId = jurisdiction.id;
    }
    const [rows, total] = await this.bodies.bodiesPage(congressId, { kind: filter.kind ?? undefined, jurisdictionId }, window.offset, window.limit);
    return toConnection(rows, total, window);
  }

  async byId(id: string): Promise<BodyEntity | null> {
    return this.bodyById.load(requireUuid(id, 'id'));
  }

  async byCode(code: string): Promise<BodyEntity | null> {
    return this.bodies.findBodyByCode(await this.currentCongressId(), code);
  }

  body(id: string): Promise<BodyEntity | null> {
    return this.bodyById.load(id);
  }

  jurisdiction(id: string | null): Promise<JurisdictionEntity | null> {
    return id ? this.jurisdictionById.load(id) : Promise.resolve(null);
  }

  async members(body: BodyEntity, args: PageArgs): Promise<Connection<BodyMembershipType>> {
    const window = pageWindow(args);
    const all = await this.membership.membersOf(body, this.today);
    return toConnection(all.slice(window.offset, window.offset + window.limit), all.length, window);
  }

  async offices(body: BodyEntity): Promise<BodyMembershipType[]> {
    // Stored rows, so that each office carries the membership id that ends it (a delegation's members carry tenure ids).
    return (await this.bodies.currentMemberships(body.id, this.today)).filter((row) => row.office !== null).map(fromStored);
  }

  /**
   * A person's bodies and offices: every stored membership (past ones too, for the record)
   * and, while they hold a seat, their county delegation.
   */
  async bodiesOf(accountId: string, args: PageArgs): Promise<Connection<BodyMembershipType>> {
    const window = pageWindow(args);
    const id = requireUuid(accountId, 'accountId');
    const stored = (await this.bodies.membershipsOfAccount(id)).map(fromStored);
    const seat = await this.bodies.delegateInOffice(id);
    const all = [...stored];
    if (seat) {
      const delegation = await this.bodies.findDelegation(await this.currentCongressId(), seat.countyId);
      if (delegation) {
        const office = stored.find((row) => row.bodyId === delegation.id && row.endedAt === null && row.termEnd > this.today)?.office ?? null;
        all.unshift(fromSeat(delegation.id, seat, office));
      }
    }
    return toConnection(all.slice(window.offset, window.offset + window.limit), all.length, window);
  }

  async meetingsOf(bodyId: string, args: PageArgs): Promise<Connection<BodyMeetingEntity>> {
    const window = pageWindow(args);
    const [rows, total] = await this.meetings.meetingsPage(bodyId, window.offset, window.limit);
    return toConnection(rows, total, window);
  }

  async meeting(id: string): Promise<BodyMeetingEntity | null> {
    return this.meetings.findMeeting(requireUuid(id, 'id'));
  }

  agenda(meetingId: string): Promise<BodyAgendaItemEntity[]> {
    return this.agendaOf.load(meetingId);
  }

  attendance(meetingId: string): Promise<BodyAttendanceEntity[]> {
    return this.attendanceOf.load(meetingId);
  }

  motions(agendaItemId: string): Promise<BodyMotionEntity[]> {
    return this.motionsOf.load(agendaItemId);
  }

  votes(motionId: string): Promise<BodyVoteEntity[]> {
    return this.votesOf.load(motionId);
  }

  conflicts(agendaItemId: string): Promise<BodyConflictEntity[]> {
    return this.conflictsOf.load(agendaItemId);
  }

  async tally(motionId: string): Promise<BodyMotionTallyType> {
    const counts = tally(await this.votes(motionId));
    return { ...counts, carried: counts.yes > counts.no };
  }
}
