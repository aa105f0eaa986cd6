import { Injectable } from '@nestjs/common';
import { resultIsPublic } from '@civic/assemblies-domain';
import {
  ElectionRepository,
  JurisdictionRepository,
  SeatRepository,
  type JurisdictionEntity,
  type ElectionCandidateEntity,
  type ElectionEntity,
  type ElectionPaperTotalsEntity,
  type SeatEntity,
} from '@civic/assemblies-data-access';
import { notFound, requireUuid } from '@civic/util';
import type { ElectionPaperTotalsType, ElectionResultType } from './election.type';
import type { CandidateOutcome, CountingMethod } from './election.enums';

/** Public reads of elections; tallies only once certified. */
@Injectable()
export class ElectionReader {
  constructor(
    private readonly elections: ElectionRepository,
    private readonly seats: SeatRepository,
    private readonly jurisdictions: JurisdictionRepository,
  ) {}

  async byId(idInput: string): Promise<ElectionEntity> {
    const id = requireUuid(idInput, 'id');
    const election = await this.elections.findById(id);
    if (!election) throw notFound('The election', { id });
    return election;
  }

  ofMeeting(meetingId: string): Promise<ElectionEntity | null> {
    return this.elections.findByMeeting(meetingId);
  }

  ofBody(bodyId: string, year?: number): Promise<ElectionEntity[]> {
    return this.elections.bodyElections(bodyId, year);
  }

  candidates(election: ElectionEntity, includeWithdrawn: boolean): Promise<ElectionCandidateEntity[]> {
    return includeWithdrawn ? this.elections.allCandidates(election.id) : this.elections.activeCandidates(election.id);
  }

  async seatsUp(election: ElectionEntity): Promise<SeatEntity[]> {
    const rows = await this.elections.seats(election.id);
    const seats = await this.seats.seatsByIds(rows.map((row) => row.seatId));
    return seats.sort((a, b) => a.number - b.number);
  }

  jurisdiction(election: ElectionEntity): Promise<JurisdictionEntity | null> {
    if (!election.jurisdictionId) return Promise.resolve(null);
    return this.jurisdictions.findByIds([election.jurisdictionId]).then((rows) => rows[0] ?? null);
  }

  async electronicBallotsCast(election: ElectionEntity): Promise<number> {
    return (await this.elections.turnout(election.id)).electronic;
  }

  /** The county of a county meeting's delegate election; null for a body's election. */
  async countyCodeOf(election: ElectionEntity): Promise<string | null> {
    if (election.kind !== 'county-delegates' || !election.jurisdictionId) return null;
    const [jurisdiction] = await this.jurisdictions.findByIds([election.jurisdictionId]);
    return jurisdiction?.code ?? null;
  }

  async paperBallotsIssued(election: ElectionEntity): Promise<number> {
    return (await this.elections.turnout(election.id)).paper;
  }

  async paperTotals(election: ElectionEntity): Promise<ElectionPaperTotalsType[]> {
    return (await this.elections.paperTotals(election.id)).map(toPaperTotalsType);
  }

  async result(election: ElectionEntity): Promise<ElectionResultType | null> {
    if (!resultIsPublic(election.phase) || !election.result) return null;
    const names = new Map((await this.elections.allCandidates(election.id)).map((candidate) => [candidate.id, candidate.displayName]));
    const { result } = election;
    return {
      method: result.method as CountingMethod,
      seed: result.seed,
      validBallots: result.validBallots,
      rejectedBallots: result.rejectedBallots.reduce((sum, rejected) => sum + rejected.count, 0),
      quota: result.quota,
      unfilledSeats: result.unfilledSeats,
      elected: result.elected,
      totals: result.totals.map((total) => ({
        candidateId: total.candidateId,
        displayName: names.get(total.candidateId) ?? '',
        votes: total.votes,
        outcome: total.outcome as CandidateOutcome,
      })),
      rounds: result.rounds.map((round) => ({
        stage: round.stage,
        kind: round.kind,
        subject: round.subject,
        candidates: round.candidates,
        nonTransferable: round.nonTransferable,
        lossDueToFractions: round.lossDueToFractions,
        electedThisStage: round.electedThisStage,
        excludedThisStage: round.excludedThisStage,
        notes: round.notes,
      })),
      tieBreaks: result.tieBreaks,
      seats: (election.seating ?? []).map((entry) => ({
        seatNumber: entry.seatNumber,
        candidateId: entry.candidateId,
        displayName: entry.candidateId ? (names.get(entry.candidateId) ?? null) : null,
        termStart: entry.termStart,
        termEnd: entry.termEnd,
      })),
    };
  }
}

export function toPaperTotalsType(entry: ElectionPaperTotalsEntity): ElectionPaperTotalsType {
  return {
    id: entry.id,
    papers: entry.ballots.reduce((sum, ballot) => sum + (ballot.count ?? 1), 0),
    entry: JSON.stringify(entry.entry),
    enteredBy: entry.enteredBy,
    enteredAt: entry.enteredAt,
    confirmedBy: entry.confirmedBy,
    confirmedAt: entry.confirmedAt,
  };
}
