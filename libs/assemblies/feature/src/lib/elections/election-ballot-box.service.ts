import { randomUUID } from 'node:crypto';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { ElectionBallotBoxRepository, type ElectionBallotRow } from '@civic/assemblies-data-access';
import { mayVote } from '@civic/assemblies-domain';
import { Batcher, DomainError, notFound, shuffle, type BatchOutcome } from '@civic/util';
import { wrongPhase } from './election-support';

/** One voter's checked ballot, on its way into the box. */
export interface ElectionBallotRequest {
  electionId: string;
  accountId: string;
  /** Candidate ids, already checked against the election's rules. */
  choices: readonly string[];
}

/**
 * A county meeting votes in a burst when the chair opens the vote: a batch every few
 * milliseconds gathers that burst into few transactions, two in flight.
 */
export const ELECTION_BALLOT_BOX_BATCHING = { maxBatch: 200, maxWaitMs: 5, maxConcurrent: 2 } as const;

/**
 * The delegate elections' ballot box, built like voting's: every ballot goes through a
 * batcher, and a batch is ONE transaction holding many voters' rows:
 *
 * 1. share-lock the elections: refuse (CONFLICT, naming the phase) what no longer takes votes;
 * 2. record the voters (`election_voter`, in account order: a stable lock order across
 *    concurrent batches, unrelated to the ballots'), ON CONFLICT DO NOTHING: whoever is not
 *    recorded had already voted (ALREADY_VOTED), in an earlier batch, a concurrent one, or
 *    earlier in this one;
 * 3. insert the accepted ballots in a cryptographically shuffled order, with random ids
 *    (the voters' receipts) and no time.
 *
 * Then COMMIT, and only then is any request answered: a returned receipt is durable.
 *
 * A ballot's xmin and heap position narrow it to its batch (the voters whose rows carry the
 * same xmin), not to a voter: within a batch the ballot order is a random permutation. A
 * lone voter at a quiet moment is a batch of one; secrecy then rests on access to xmin and
 * the WAL (superusers and replication only), as it does in voting.
 */
@Injectable()
export class ElectionBallotBoxService implements OnApplicationShutdown {
  private readonly batcher = new Batcher<ElectionBallotRequest, string>(ELECTION_BALLOT_BOX_BATCHING, (requests) => this.write(requests));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly box: ElectionBallotBoxRepository,
  ) {}

  /** Resolves with the ballot's id (the receipt) once committed; rejects with ALREADY_VOTED, or CONFLICT when voting is not open. */
  cast(request: ElectionBallotRequest): Promise<string> {
    return this.batcher.submit(request);
  }

  /** Ballots already queued are written before the service stops. */
  async onApplicationShutdown(): Promise<void> {
    await this.batcher.drain();
  }

  /** Writes one batch in one transaction; outcomes in request order. */
  async write(requests: readonly ElectionBallotRequest[]): Promise<Array<BatchOutcome<string>>> {
    const keyOf = (request: ElectionBallotRequest) => `${request.electionId}:${request.accountId}`;
    const stored = await this.dataSource.transaction(async (manager) => {
      const phases = await this.box.lockPhases(manager, [...new Set(requests.map((request) => request.electionId))].sort());
      // Each voter's first request of the batch, in key order.
      const firsts = new Map<string, ElectionBallotRequest>();
      for (const request of requests) {
        const phase = phases.get(request.electionId);
        if (phase !== undefined && mayVote(phase) && !firsts.has(keyOf(request))) firsts.set(keyOf(request), request);
      }
      const voters = [...firsts.values()].sort((a, b) => compare(keyOf(a), keyOf(b)));
      const recorded = await this.box.insertVoters(manager, voters);
      const ballots = new Map<ElectionBallotRequest, ElectionBallotRow>(
        voters.filter((voter) => recorded.has(keyOf(voter))).map((voter) => [voter, { id: randomUUID(), electionId: voter.electionId, choices: voter.choices }]),
      );
      await this.box.insertBallots(manager, shuffle([...ballots.values()]));
      return { phases, ballots };
    });

    return requests.map((request): BatchOutcome<string> => {
      const phase = stored.phases.get(request.electionId);
      if (phase === undefined) return { ok: false, error: notFound('The election', { electionId: request.electionId }) };
      if (!mayVote(phase)) return { ok: false, error: wrongPhase({ id: request.electionId, phase }, 'Voting', ['voting']) };
      const ballot = stored.ballots.get(request);
      return ballot ? { ok: true, value: ballot.id } : { ok: false, error: alreadyVoted() };
    });
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function alreadyVoted(): DomainError {
  return new DomainError(ErrorCode.ALREADY_VOTED, 'You have already voted in this election.');
}
