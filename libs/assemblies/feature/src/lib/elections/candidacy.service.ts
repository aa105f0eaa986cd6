import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '@civic/data-access';
import { ErrorCode } from '@civic/contracts';
import { candidacyProblems, mayNominate, mayWithdraw, normalizeCandidacy } from '@civic/assemblies-domain';
import { ElectionRepository, type ElectionCandidateEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems } from '@civic/util';
import { lockedElection, wrongPhase } from './election-support';
import type { NominateSelfInput } from './election.input';
import { ElectorateRegistry } from './electorate-registry.service';
import { TermLimitCheck } from '../seats';

/**
 * Use cases: a person nominates themself while nominations are open, and may withdraw until
 * voting opens. The election's electorate decides who may stand; for a county seat the
 * configured term limit applies too (TERM_LIMIT_REACHED).
 */
@Injectable()
export class CandidacyService {
  constructor(
    private readonly elections: ElectionRepository,
    private readonly electorates: ElectorateRegistry,
    private readonly termLimits: TermLimitCheck,
  ) {}

  async nominate(caller: AuthenticatedUser, input: NominateSelfInput): Promise<ElectionCandidateEntity> {
    const draft = normalizeCandidacy({ displayName: input.displayName, statement: input.statement });
    refuseProblems(candidacyProblems(draft));
    const accountId = caller.accountId.toLowerCase();
    try {
      return await this.elections.transaction(async (manager) => {
        const election = await lockedElection(this.elections, manager, input.electionId, 'share');
        if (!mayNominate(election.phase)) throw wrongPhase(election, 'Nominating', ['nominations']);
        if (input.seatNumber !== undefined && input.seatNumber !== null) {
          const seats = await this.elections.seats(election.id, manager);
          if (!seats.some((seat) => seat.seatNumber === input.seatNumber)) {
            throw new DomainError(ErrorCode.SEAT_NOT_UP, `Seat ${input.seatNumber} is not up in this election.`, {
              field: 'seatNumber',
              seatsUp: seats.map((seat) => seat.seatNumber),
            });
          }
        }
        const electorate = this.electorates.of(election);
        if (!(await electorate.mayStand(manager, election, accountId))) throw new DomainError(ErrorCode.NOT_ELIGIBLE, electorate.standRule);
        if (election.kind === 'county-delegates' && election.jurisdictionId)
          await this.termLimits.assertMayStand(manager, election.congressId, election.jurisdictionId, accountId, election.year);
        const existing = await this.elections.findCandidacy(manager, election.id, accountId);
        if (existing && existing.withdrawnAt === null) {
          throw new DomainError(ErrorCode.CONFLICT, 'You are already standing in this election.', { candidateId: existing.id });
        }
        return this.elections.saveCandidacy(manager, {
          ...(existing ? { id: existing.id } : {}),
          electionId: election.id,
          accountId,
          displayName: draft.displayName,
          statement: draft.statement,
          seatNumber: input.seatNumber ?? null,
          groupCode: await electorate.groupOf(manager, election, accountId),
          nominatedAt: new Date(),
          withdrawnAt: null,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'election_candidate_account_key')) {
        throw new DomainError(ErrorCode.CONFLICT, 'You are already standing in this election.');
      }
      throw error;
    }
  }

  withdraw(caller: AuthenticatedUser, electionId: string): Promise<ElectionCandidateEntity> {
    return this.elections.transaction(async (manager) => {
      const election = await lockedElection(this.elections, manager, electionId, 'share');
      const candidacy = await this.elections.findCandidacy(manager, election.id, caller.accountId.toLowerCase());
      if (!candidacy || candidacy.withdrawnAt !== null) throw notFound('Your candidacy', { electionId: election.id });
      if (!mayWithdraw(election.phase)) throw wrongPhase(election, 'Withdrawing', ['nominations']);
      candidacy.withdrawnAt = new Date();
      return this.elections.saveCandidacy(manager, candidacy);
    });
  }
}
