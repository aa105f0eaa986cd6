import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { ErrorCode, type ElectionCertifiedPayload } from '@civic/contracts';
import { assignWinnersToSeats, countElection, electionCountInput, transitionElection } from '@civic/assemblies-domain';
import {
  appendDelegateSeatChanges,
  ElectionRepository,
  JurisdictionEntity,
  SeatEntity,
  TenureEntity,
  type ElectionEntity,
  type ElectionSeating,
} from '@civic/assemblies-data-access';
import { appendToOutbox } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { ConfigurationReader } from '../configuration';
import { BodyElectionCertifier } from './body-election-certifier.service';
import { lockedElectionToRun } from './election-support';

/**
 * Use case: staff certify a closed election. In one transaction, under the election's row
 * lock (a second certification waits, then finds it certified and gets CONFLICT): count
 * the electronic ballots and the confirmed paper totals with the recorded seed, store the
 * full result, end the tenures of the seats that were up, seat the winners for their new
 * terms, and write `assemblies.election-certified` to the outbox. A body's election is
 * counted the same way and fills the body instead (BodyElectionCertifier).
 */
@Injectable()
export class CertifyElectionService {
  constructor(
    private readonly elections: ElectionRepository,
    private readonly configuration: ConfigurationReader,
    private readonly bodyElections: BodyElectionCertifier,
  ) {}

  certify(staff: AuthenticatedUser, electionId: string): Promise<ElectionEntity> {
    return this.elections.transaction(async (manager) => {
      const election = await lockedElectionToRun(staff, this.elections, manager, electionId, 'update');
      const decision = transitionElection(election.phase, 'certify');
      if (decision.kind === 'refuse' || election.tieSeed === null) {
        throw new DomainError(ErrorCode.CONFLICT, `The election cannot be certified: ${decision.kind === 'refuse' ? decision.reason : 'no seed'}.`, {
          electionId: election.id,
          phase: election.phase,
        });
      }
      const seed = election.tieSeed;
      if (election.kind !== 'county-delegates') return this.bodyElections.certifyLocked(manager, election, staff, seed);
      if (!election.jurisdictionId) throw new Error(`delegate election ${election.id} has no county`);
      const [candidates, seats, electronic, paper] = [
        await this.elections.activeCandidates(election.id, manager),
        await this.elections.seats(election.id, manager),
        await this.elections.electronicBallots(manager, election.id),
        await this.elections.confirmedPaperTotals(manager, election.id),
      ];
      const result = countElection(
        election.method,
        electionCountInput({
          seats: election.seatsToFill,
          candidates: candidates.map((candidate) => ({ id: candidate.id })),
          electronic,
          confirmedPaper: paper.map((entry) => entry.ballots),
          seed,
        }),
      );

      const jurisdiction = await manager.findOneByOrFail(JurisdictionEntity, { id: election.jurisdictionId });
      const { document } = await this.configuration.current(election.congressId);
      const meetingDate = (year: number) => this.configuration.meetingDate(document, jurisdiction.code, year);
      const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
      const now = new Date();
      const termStart = meetingDate(election.year);
      const seating: ElectionSeating[] = [];
      const changedTenures: string[] = [];

      for (const assignment of assignWinnersToSeats(result.elected, seats)) {
        const seat = seats.find((row) => row.seatId === assignment.seatId);
        if (!seat) throw new Error(`assignment to unknown seat ${assignment.seatId}`);
        // Locked like an appointment locks it, so no appointment slips in between.
        await manager.createQueryBuilder(SeatEntity, 'seat').setLock('pessimistic_write').where('seat.id = :id', { id: seat.seatId }).getOne();
        // The seat is up: whoever holds it (elected, appointed to the rest of the term, or extended) leaves now.
        const leaving = await manager.findBy(TenureEntity, { seatId: seat.seatId, endedAt: IsNull() });
        changedTenures.push(...leaving.map((tenure) => tenure.id));
        await manager.update(
          TenureEntity,
          { seatId: seat.seatId, endedAt: IsNull() },
          { endedAt: now, endReason: 'term-completed', endNote: `Term ended at the ${election.year} election`, endedBy: staff.accountId },
        );
        const termEnd = meetingDate(seat.termEndYear);
        const winner = assignment.candidateId ? byId.get(assignment.candidateId) : undefined;
        let tenureId: string | null = null;
        if (winner) {
          const tenure = await manager.save(
            TenureEntity,
            manager.create(TenureEntity, {
              seatId: seat.seatId,
              accountId: winner.accountId,
              displayName: winner.displayName,
              termStart,
              termStartYear: election.year,
              termEnd,
              termEndYear: seat.termEndYear,
              startKind: 'elected',
              startedBy: staff.accountId,
              startReason: `Elected at the ${election.year} county meeting (election ${election.id})`,
              endedAt: null,
              endReason: null,
              endNote: null,
              endedBy: null,
            }),
          );
          tenureId = tenure.id;
          changedTenures.push(tenure.id);
        }
        seating.push({ seatId: seat.seatId, seatNumber: seat.seatNumber, candidateId: winner?.id ?? null, tenureId, termStart, termEnd });
      }

      const changes = { phase: decision.next, result, seating, certifiedAt: now, certifiedBy: staff.accountId };
      await this.elections.update(manager, election.id, changes);
      const payload: ElectionCertifiedPayload = {
        electionId: election.id,
        kind: election.kind,
        jurisdictionCode: jurisdiction.code,
        year: election.year,
        method: election.method,
        seed,
        certifiedAt: now.toISOString(),
        certifiedBy: staff.accountId,
        elected: seating.flatMap((entry) => {
          const winner = entry.candidateId ? byId.get(entry.candidateId) : undefined;
          return winner && entry.tenureId
            ? [
                {
                  accountId: winner.accountId,
                  displayName: winner.displayName,
                  seatNumber: entry.seatNumber,
                  tenureId: entry.tenureId,
                  termStart: entry.termStart,
                  termEnd: entry.termEnd,
                },
              ]
            : [];
        }),
      };
      await appendToOutbox(manager, 'assemblies.election-certified', payload);
      await appendDelegateSeatChanges(manager, changedTenures);
      return { ...election, ...changes };
    });
  }
}
