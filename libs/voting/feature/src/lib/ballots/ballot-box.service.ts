import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { Batcher, DomainError, shuffle, type BatchOutcome } from '@civic/util';
import { BallotBoxRepository, type BallotRow } from '@civic/voting-data-access';
import { BALLOT_BOX_BATCHING, receiptFromBytes, RECEIPT_LENGTH, TallyAccumulator, type BallotChannel, type BallotQuestion } from '@civic/voting-domain';

/** One voter's checked ballot, on its way into the box. */
export interface BallotRequest {
  questionnaireId: string;
  accountId: string;
  countyCode: string;
  channel: BallotChannel;
  answers: Uint8Array;
  /** The questionnaire's questions the answers were checked against (positions → ids and choices). */
  questions: readonly BallotQuestion[];
}


const RECEIPT_ATTEMPTS = 5;

/**
 * The ballot box. Every ballot goes through a batcher; a batch is ONE transaction holding
 * many voters' rows:
 *
 * 1. share-lock the questionnaires: refuse (VOTING_CLOSED) what is no longer open;
 * 2. insert the voters ("questionnaire_voter", sorted by account: a stable lock order across
 *    concurrent batches, and an order unrelated to the ballots'), ON CONFLICT DO NOTHING
 *    RETURNING: whoever is not returned had already voted (ALREADY_VOTED), here or in another
 *    batch; two requests of one voter in the same batch: the first is written, the others
 *    get ALREADY_VOTED once it committed;
 * 3. insert the accepted ballots in a cryptographically shuffled order, with random ids and
 *    receipts and no time;
 * 4. add the batch's answers to the live tally, one upsert per key.
 *
 * Then COMMIT, and only then is any request answered: a returned receipt is durable.
 *
 * What the database can and cannot tell. Rows written in one transaction share its xmin,
 * sit next to each other in the heap and in the WAL: a ballot's xmin, position and WAL
 * record narrow it to its BATCH (the voters whose voter rows carry the same xmin), not to a
 * voter — inside the batch, ballot order is a random permutation independent of the voters'
 * order, ids and receipts are random, and the ballot row has no voter id, no timestamp and
 * no sequence. With batches of one (a lone voter at a quiet moment), the batch IS the voter:
 * secrecy then rests on access to xmin/WAL (database superusers and replication only), as it
 * does for any system that stores ballots at all. The service logs no ballot content.
 */
@Injectable()
export class BallotBoxService implements OnApplicationShutdown {
  private readonly batcher = new Batcher<BallotRequest, string>(BALLOT_BOX_BATCHING, (requests) => this.write(requests));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly box: BallotBoxRepository,
  ) {}

  /** Resolves with the ballot's receipt once it is committed; rejects with ALREADY_VOTED or VOTING_CLOSED. */
  cast(request: BallotRequest): Promise<string> {
    return this.batcher.submit(request);
  }

  /** Ballots already queued are written before the service stops. */
  async onApplicationShutdown(): Promise<void> {
    await this.batcher.drain();
  }

  /** Writes one batch in one transaction; outcomes in request order. */
  async write(requests: readonly BallotRequest[]): Promise<Array<BatchOutcome<string>>> {
    // Each voter's first request of the batch (by index), keyed `questionnaireId:accountId` (the key insertVoters returns).
    const first = new Map<string, number>();
    requests.forEach((request, index) => {
      const key = `${request.questionnaireId}:${request.accountId}`;
      if (!first.has(key)) first.set(key, index);
    });

    const committed = await this.dataSource.transaction(async (manager) => {
      const open = await this.box.lockOpen(manager, [...new Set(requests.map((request) => request.questionnaireId))].sort());
      const candidates = [...first].filter(([, index]) => open.has((requests[index] as BallotRequest).questionnaireId)).sort(([a], [b]) => compare(a, b));
      const inserted = await this.box.insertVoters(
        manager,
        candidates.map(([, index]) => {
          const { questionnaireId, accountId, channel } = requests[index] as BallotRequest;
          return { questionnaireId, accountId, channel };
        }),
      );
      const accepted = candidates.filter(([key]) => inserted.has(key)).map(([, index]) => index);
      const ballots = accepted.map((index) => requests[index] as BallotRequest);
      const receipts = await this.storeBallots(manager, ballots);
      await this.addToTally(manager, ballots);
      return { open, receipts: new Map(accepted.map((index, position) => [index, receipts[position] as string])) };
    });

    return requests.map((request, index): BatchOutcome<string> => {
      if (!committed.open.has(request.questionnaireId)) return { ok: false, error: votingClosed() };
      const receipt = committed.receipts.get(index);
      return receipt === undefined ? { ok: false, error: alreadyVoted() } : { ok: true, value: receipt };
    });
  }

  /** Inserts the ballots in shuffled order; returns each one's receipt, in the order given. */
  private async storeBallots(manager: Parameters<BallotBoxRepository['insertBallots']>[0], accepted: readonly BallotRequest[]): Promise<string[]> {
    const rows: BallotRow[] = accepted.map((request) => ({
      id: randomUUID(),
      questionnaireId: request.questionnaireId,
      countyCode: request.countyCode,
      channel: request.channel,
      receipt: newReceipt(),
      answers: request.answers,
    }));
    let waiting = shuffle(rows);
    for (let attempt = 0; waiting.length > 0; attempt += 1) {
      if (attempt === RECEIPT_ATTEMPTS) throw new Error('could not draw unused receipts');
      const stored = await this.box.insertBallots(manager, waiting);
      // A receipt already taken on the questionnaire (2^-60 odds per pair): draw again.
      waiting = waiting.filter((row) => !stored.has(`${row.questionnaireId}:${row.receipt}`));
      for (const row of waiting) row.receipt = newReceipt();
    }
    return rows.map((row) => row.receipt);
  }

  private async addToTally(manager: Parameters<BallotBoxRepository['addToTally']>[0], accepted: readonly BallotRequest[]): Promise<void> {
    const byQuestionnaire = new Map<string, BallotRequest[]>();
    for (const request of accepted) {
      const group = byQuestionnaire.get(request.questionnaireId);
      if (group) group.push(request);
      else byQuestionnaire.set(request.questionnaireId, [request]);
    }
    for (const [questionnaireId, ballots] of [...byQuestionnaire].sort(([a], [b]) => compare(a, b))) {
      // Requests may carry question lists read at different moments (questions are only
      // appended): the union by position covers every ballot of the batch. Casts share the
      // cached list, so each distinct list is walked once, not once per ballot.
      const questions = new Map<number, BallotQuestion>();
      for (const list of new Set(ballots.map((ballot) => ballot.questions))) for (const question of list) questions.set(question.position, question);
      const accumulator = new TallyAccumulator(questions.values());
      for (const ballot of ballots) accumulator.add(ballot);
      await this.box.addToTally(manager, questionnaireId, accumulator.rows());
    }
  }
}

function newReceipt(): string {
  return receiptFromBytes(randomBytes(RECEIPT_LENGTH));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function alreadyVoted(): DomainError {
  return new DomainError(ErrorCode.ALREADY_VOTED, 'You have already voted on this questionnaire.');
}

function votingClosed(): DomainError {
  return new DomainError(ErrorCode.VOTING_CLOSED, 'Voting on this questionnaire is not open.');
}
