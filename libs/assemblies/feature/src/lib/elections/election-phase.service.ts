import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { openVotingProblems, transitionElection } from '@civic/assemblies-domain';
import { ElectionRepository, type ElectionEntity } from '@civic/assemblies-data-access';
import { DomainError } from '@civic/util';
import type { AuthenticatedUser } from '@civic/platform';
import { lockedElectionToRun } from './election-support';

/**
 * Use cases: staff open voting (the candidate list freezes) and close it. Closing draws the
 * tie-break seed from the operating system's CSPRNG: nobody knows it while ballots can
 * still change, and it is published with the result so anyone can redo every lot.
 */
@Injectable()
export class ElectionPhaseService {
  constructor(private readonly elections: ElectionRepository) {}

  openVoting(user: AuthenticatedUser, electionId: string): Promise<ElectionEntity> {
    return this.elections.transaction(async (manager) => {
      const election = await lockedElectionToRun(user, this.elections, manager, electionId, 'update');
      const decision = transitionElection(election.phase, 'open-voting');
      if (decision.kind === 'refuse') throw conflict(election, decision.reason);
      const problems = openVotingProblems((await this.elections.activeCandidates(election.id, manager)).length);
      if (problems.length > 0) throw conflict(election, problems.join('; '));
      const changes = { phase: decision.next, votingOpenedAt: new Date() };
      await this.elections.update(manager, election.id, changes);
      return { ...election, ...changes };
    });
  }

  closeVoting(user: AuthenticatedUser, electionId: string): Promise<ElectionEntity> {
    return this.elections.transaction(async (manager) => {
      const election = await lockedElectionToRun(user, this.elections, manager, electionId, 'update');
      const decision = transitionElection(election.phase, 'close-voting');
      if (decision.kind === 'refuse') throw conflict(election, decision.reason);
      const changes = { phase: decision.next, votingClosedAt: new Date(), tieSeed: randomBytes(32).toString('hex') };
      await this.elections.update(manager, election.id, changes);
      return { ...election, ...changes };
    });
  }
}

function conflict(election: ElectionEntity, reason: string): DomainError {
  return new DomainError(ErrorCode.CONFLICT, `The election cannot move on: ${reason}.`, { electionId: election.id, phase: election.phase });
}
