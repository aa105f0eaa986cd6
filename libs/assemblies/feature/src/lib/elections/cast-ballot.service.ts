import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { ballotProblem, describeBallotProblem, mayVote } from '@civic/assemblies-domain';
import { ElectionRepository, ELECTION_VOTER_CONSTRAINT } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { ElectorateRegistry } from './county-meeting-electorate.service';
import { isUniqueViolation, lockedElection, wrongPhase } from './election-support';
import type { CastElectionBallotInput } from './election.input';

const alreadyVoted = () => new DomainError(ErrorCode.ALREADY_VOTED, 'You have already voted in this election.');

/**
 * Use case: a member of the electorate votes electronically, once. The ballot is checked
 * against the count's rules and stored apart from the record that the person voted.
 */
@Injectable()
export class CastBallotService {
  constructor(
    private readonly elections: ElectionRepository,
    private readonly electorates: ElectorateRegistry,
  ) {}

  async cast(caller: AuthenticatedUser, input: CastElectionBallotInput): Promise<{ electionId: string; ballotId: string }> {
    const accountId = caller.accountId.toLowerCase();
    try {
      return await this.elections.transaction(async (manager) => {
        const election = await lockedElection(this.elections, manager, input.electionId, 'share');
        if (!mayVote(election.phase)) throw wrongPhase(election, 'Voting', ['voting']);
        const electorate = this.electorates.of(election);
        if (!(await electorate.mayVote(manager, election, accountId))) throw new DomainError(ErrorCode.NOT_ELIGIBLE, electorate.voteRule);
        if (await this.elections.hasVoted(manager, election.id, accountId)) throw alreadyVoted();
        const candidates = await this.elections.activeCandidates(election.id, manager);
        const rules = { method: election.method, seats: election.seatsToFill, candidateIds: candidates.map((candidate) => candidate.id) };
        const choices = input.choices.map((choice) => choice.trim().toLowerCase());
        const problem = ballotProblem(rules, choices);
        if (problem) throw new DomainError(ErrorCode.BAD_USER_INPUT, describeBallotProblem(problem, rules), { field: 'choices', problem });
        const ballotId = await this.elections.castBallot(manager, election.id, accountId, choices);
        return { electionId: election.id, ballotId };
      });
    } catch (error) {
      // Two ballots from one voter at once: the second loses on the voter table's primary key.
      if (isUniqueViolation(error, ELECTION_VOTER_CONSTRAINT)) throw alreadyVoted();
      throw error;
    }
  }
}
