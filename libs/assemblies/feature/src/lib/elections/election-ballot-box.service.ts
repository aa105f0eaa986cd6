import { randomUUID } from 'node:crypto';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { ElectionBallotBoxRepository } from '@civic/assemblies-data-access';
import { mayVote } from '@civic/assemblies-domain';
import { SecretBallotBox, type SecretBallot, type SecretBallotStore } from '@civic/data-access';
import { DomainError, notFound, type BatchOutcome } from '@civic/util';
import { wrongPhase } from './election-support';

/** One voter's checked ballot, on its way into the box. */
export interface ElectionBallotRequest {
  electionId: string;
  accountId: string;
  /** Candidate ids, already checked against the election's rules. */
  choices: readonly string[];
}

/** A request as the box sees it: the election is the contest, the account the voter. */
type ElectionBallot = ElectionBallotRequest & SecretBallot;

/**
 * A county meeting votes in a burst when the chair opens the vote: a batch every few
 * milliseconds gathers that burst into few transactions, two in flight.
 */
export const ELECTION_BALLOT_BOX_BATCHING = { maxBatch: 200, maxWaitMs: 5, maxConcurrent: 2 } as const;

/**
 * The delegate elections' ballot box: the shared SecretBallotBox (batching, one transaction
 * per batch, voters apart from shuffled ballots — its comment says why that keeps ballots
 * secret) on assemblies' tables, batched by ELECTION_BALLOT_BOX_BATCHING. What is the
 * elections' own:
 *
 * - an unknown election is NOT_FOUND; one whose phase takes no votes is a CONFLICT naming
 *   the phase;
 * - voters go into `election_voter`; a second ballot is ALREADY_VOTED;
 * - each ballot (`election_ballot`: the election and the choices) gets a random id, which is
 *   the voter's receipt.
 */
@Injectable()
export class ElectionBallotBoxService implements SecretBallotStore<ElectionBallot>, OnApplicationShutdown {
  private readonly box: SecretBallotBox<ElectionBallot>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly ballots: ElectionBallotBoxRepository,
  ) {
    this.box = new SecretBallotBox(dataSource, this, ELECTION_BALLOT_BOX_BATCHING);
  }

  /** Resolves with the ballot's id (the receipt) once committed; rejects with ALREADY_VOTED, or CONFLICT when voting is not open. */
  cast(request: ElectionBallotRequest): Promise<string> {
    return this.box.cast(toBallot(request));
  }

  /** Writes one batch in one transaction, bypassing the batcher; outcomes in request order. */
  write(requests: readonly ElectionBallotRequest[]): Promise<Array<BatchOutcome<string>>> {
    return this.box.write(requests.map(toBallot));
  }

  /** Ballots already queued are written before the service stops. */
  async onApplicationShutdown(): Promise<void> {
    await this.box.drain();
  }

  async lockContests(manager: EntityManager, electionIds: readonly string[]): Promise<Map<string, Error | null>> {
    const phases = await this.ballots.lockPhases(manager, electionIds);
    return new Map([...phases].map(([id, phase]) => [id, mayVote(phase) ? null : wrongPhase({ id, phase }, 'Voting', ['voting'])]));
  }

  recordVoters(manager: EntityManager, voters: readonly ElectionBallot[]): Promise<Set<string>> {
    return this.ballots.insertVoters(manager, voters);
  }

  /** Inserts the ballots in the order given, each with a random id; the ids are the receipts. */
  async storeBallots(manager: EntityManager, accepted: readonly ElectionBallot[]): Promise<string[]> {
    const rows = accepted.map((ballot) => ({ id: randomUUID(), electionId: ballot.electionId, choices: ballot.choices }));
    await this.ballots.insertBallots(manager, rows);
    return rows.map((row) => row.id);
  }

  alreadyVoted(): Error {
    return new DomainError(ErrorCode.ALREADY_VOTED, 'You have already voted in this election.');
  }

  unknownContest(ballot: ElectionBallot): Error {
    return notFound('The election', { electionId: ballot.electionId });
  }
}

function toBallot(request: ElectionBallotRequest): ElectionBallot {
  return { ...request, contestId: request.electionId, voterId: request.accountId };
}
