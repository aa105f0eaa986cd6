import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import type { Ballot, PaperTotalsDraft } from '@civic/assemblies-domain';
import { ElectionBallotEntity, ElectionVoterEntity } from './election-ballot.entity';
import { ElectionCandidateEntity } from './election-candidate.entity';
import { ElectionPaperTotalsEntity } from './election-paper-totals.entity';
import { ElectionSeatEntity } from './election-seat.entity';
import { ElectionEntity } from './election.entity';

/** Elections, their candidates, ballots and paper totals. Writes take the caller's transaction. */
@Injectable()
export class ElectionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ElectionEntity | null> {
    return manager.findOneBy(ElectionEntity, { id });
  }

  findByMeeting(meetingId: string): Promise<ElectionEntity | null> {
    return this.dataSource.manager.findOneBy(ElectionEntity, { meetingId, kind: 'county-delegates' });
  }

  /**
   * The election, locked until the transaction ends: phase changes, nominations, votes and
   * certification of one election happen one after another, so a second certification
   * waits for the first and then sees it certified.
   */
  findForUpdate(manager: EntityManager, id: string): Promise<ElectionEntity | null> {
    return manager.createQueryBuilder(ElectionEntity, 'election').where('election.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /**
   * The election, share-locked: ballots and nominations run side by side, while phase
   * changes (which take the write lock) wait for them and they wait for a phase change.
   */
  findForShare(manager: EntityManager, id: string): Promise<ElectionEntity | null> {
    return manager.createQueryBuilder(ElectionEntity, 'election').where('election.id = :id', { id }).setLock('pessimistic_read').getOne();
  }

  async insert(
    manager: EntityManager,
    election: Omit<
      ElectionEntity,
      'id' | 'createdAt' | 'tieSeed' | 'result' | 'seating' | 'votingOpenedAt' | 'votingClosedAt' | 'certifiedAt' | 'certifiedBy' | 'phase'
    >,
    seats: ReadonlyArray<Omit<ElectionSeatEntity, 'electionId'>>,
  ): Promise<string> {
    const result = await manager.insert(ElectionEntity, { ...election, phase: 'nominations' });
    const id = (result.identifiers[0] as { id?: string } | undefined)?.id;
    if (!id) throw new Error('the database returned no id for the new election');
    if (seats.length > 0)
      await manager.insert(
        ElectionSeatEntity,
        seats.map((seat) => ({ ...seat, electionId: id })),
      );
    return id;
  }

  /** A body's elections, newest first (filtered by year when given). */
  bodyElections(bodyId: string, year?: number): Promise<ElectionEntity[]> {
    return this.dataSource.manager.find(ElectionEntity, {
      where: { bodyId, ...(year !== undefined ? { year } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  async update(manager: EntityManager, id: string, changes: Partial<Omit<ElectionEntity, 'id'>>): Promise<void> {
    await manager.update(ElectionEntity, { id }, changes as Parameters<EntityManager['update']>[2]);
  }

  seats(electionId: string, manager: EntityManager = this.dataSource.manager): Promise<ElectionSeatEntity[]> {
    return manager.find(ElectionSeatEntity, { where: { electionId }, order: { seatNumber: 'ASC' } });
  }

  /** Candidates still standing (not withdrawn), in nomination order. */
  activeCandidates(electionId: string, manager: EntityManager = this.dataSource.manager): Promise<ElectionCandidateEntity[]> {
    return manager.find(ElectionCandidateEntity, { where: { electionId, withdrawnAt: IsNull() }, order: { nominatedAt: 'ASC', id: 'ASC' } });
  }

  allCandidates(electionId: string): Promise<ElectionCandidateEntity[]> {
    return this.dataSource.manager.find(ElectionCandidateEntity, { where: { electionId }, order: { nominatedAt: 'ASC', id: 'ASC' } });
  }

  findCandidacy(manager: EntityManager, electionId: string, accountId: string): Promise<ElectionCandidateEntity | null> {
    return manager.findOneBy(ElectionCandidateEntity, { electionId, accountId });
  }

  async saveCandidacy(manager: EntityManager, candidacy: Omit<ElectionCandidateEntity, 'id'> & { id?: string }): Promise<ElectionCandidateEntity> {
    return manager.save(ElectionCandidateEntity, manager.create(ElectionCandidateEntity, candidacy));
  }

  /** In id order: ids are random, so the order says nothing of when a ballot was cast (ballots are written by ElectionBallotBoxRepository). */
  async electronicBallots(manager: EntityManager, electionId: string): Promise<Ballot[]> {
    const rows = await manager.find(ElectionBallotEntity, { where: { electionId }, order: { id: 'ASC' } });
    return rows.map((row) => ({ choices: row.choices }));
  }

  async turnout(electionId: string, manager: EntityManager = this.dataSource.manager): Promise<{ electronic: number; paper: number }> {
    const [row] = (await manager.query(
      `SELECT count(*) FILTER (WHERE "channel" = 'electronic')::int AS "electronic", count(*) FILTER (WHERE "channel" = 'paper')::int AS "paper"
         FROM "assemblies"."election_voter" WHERE "election_id" = $1`,
      [electionId],
    )) as Array<{ electronic: number; paper: number }>;
    return { electronic: row?.electronic ?? 0, paper: row?.paper ?? 0 };
  }

  /**
   * Hands the person a paper ballot: records them as a voter, channel paper, in the caller's
   * transaction. The primary key decides "once", against electronic ballots too; when they
   * already voted, says through which channel.
   */
  async issuePaperBallot(
    manager: EntityManager,
    electionId: string,
    accountId: string,
  ): Promise<{ issued: true } | { issued: false; votedThrough: 'electronic' | 'paper' }> {
    const inserted = (await manager.query(
      `INSERT INTO "assemblies"."election_voter" ("election_id", "account_id", "channel", "voted_at") VALUES ($1, $2, 'paper', now())
       ON CONFLICT ("election_id", "account_id") DO NOTHING RETURNING "account_id"`,
      [electionId, accountId],
    )) as unknown[];
    if (inserted.length > 0) return { issued: true };
    const existing = await manager.findOneBy(ElectionVoterEntity, { electionId, accountId });
    return { issued: false, votedThrough: existing?.channel ?? 'electronic' };
  }

  async insertPaperTotals(
    manager: EntityManager,
    electionId: string,
    entry: PaperTotalsDraft,
    ballots: readonly Ballot[],
    enteredBy: string,
  ): Promise<ElectionPaperTotalsEntity> {
    return manager.save(
      ElectionPaperTotalsEntity,
      manager.create(ElectionPaperTotalsEntity, {
        electionId,
        entry,
        ballots: [...ballots],
        enteredBy,
        enteredAt: new Date(),
        confirmedBy: null,
        confirmedAt: null,
      }),
    );
  }

  lockPaperTotals(manager: EntityManager, id: string): Promise<ElectionPaperTotalsEntity | null> {
    return manager.createQueryBuilder(ElectionPaperTotalsEntity, 'paper').where('paper.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  paperTotals(electionId: string, manager: EntityManager = this.dataSource.manager): Promise<ElectionPaperTotalsEntity[]> {
    return manager.find(ElectionPaperTotalsEntity, { where: { electionId }, order: { enteredAt: 'ASC', id: 'ASC' } });
  }

  confirmedPaperTotals(manager: EntityManager, electionId: string): Promise<ElectionPaperTotalsEntity[]> {
    return manager.find(ElectionPaperTotalsEntity, { where: { electionId, confirmedBy: Not(IsNull()) }, order: { enteredAt: 'ASC', id: 'ASC' } });
  }
}
