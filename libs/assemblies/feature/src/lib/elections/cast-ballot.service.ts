import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { ballotProblem, describeBallotProblem, mayVote } from '@civic/assemblies-domain';
import { ElectionRepository } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';
import { ElectionBallotBoxService } from './election-ballot-box.service';
import { wrongPhase } from './election-support';
import type { CastElectionBallotInput } from './election.input';
import { ElectorateRegistry } from './electorate-registry.service';

/**
 * Use case: a member of the electorate votes electronically, once. The ballot is checked
 * against the electorate and the count's rules (the candidate list is frozen while voting
 * runs), then goes into the ballot box, which stores it apart from the record that the
 * person voted, among other voters' ballots, and answers once it is committed. The box
 * checks the phase again under the election's lock and decides "once".
 */
@Injectable()
export class CastBallotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly elections: ElectionRepository,
    private readonly electorates: ElectorateRegistry,
    private readonly box: ElectionBallotBoxService,
  ) {}

  async cast(caller: AuthenticatedUser, input: CastElectionBallotInput): Promise<{ electionId: string; ballotId: string }> {
    const accountId = caller.accountId.toLowerCase();
    const electionId = requireUuid(input.electionId, 'electionId');
    const election = await this.elections.findById(electionId);
    if (!election) throw notFound('The election', { electionId });
    if (!mayVote(election.phase)) throw wrongPhase(election, 'Voting', ['voting']);
    const electorate = this.electorates.of(election);
    const [eligible, candidates] = await Promise.all([
      electorate.mayVote(this.dataSource.manager, election, accountId),
      this.elections.activeCandidates(election.id),
    ]);
    if (!eligible) throw new DomainError(ErrorCode.NOT_ELIGIBLE, electorate.voteRule);
    const rules = { method: election.method, seats: election.seatsToFill, candidateIds: candidates.map((candidate) => candidate.id) };
    const choices = input.choices.map((choice) => choice.trim().toLowerCase());
    const problem = ballotProblem(rules, choices);
    if (problem) throw new DomainError(ErrorCode.BAD_USER_INPUT, describeBallotProblem(problem, rules), { field: 'choices', problem });
    const ballotId = await this.box.cast({ electionId: election.id, accountId, choices });
    return { electionId: election.id, ballotId };
  }
}
