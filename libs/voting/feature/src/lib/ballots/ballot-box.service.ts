import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { SecretBallotBox, type SecretBallot, type SecretBallotStore } from '@civic/data-access';
import { DomainError, type BatchOutcome } from '@civic/util';
import { BallotBoxRepository, type BallotRow } from '@civic/voting-data-access';
import {
  BALLOT_BOX_BATCHING,
  receiptFromBytes,
  RECEIPT_LENGTH,
  TallyAccumulator,
  takesBallots,
  type BallotChannel,
  type BallotQuestion,
} from '@civic/voting-domain';

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

/** A request as the box sees it: the questionnaire is the contest, the account the voter. */
type QuestionnaireBallot = BallotRequest & SecretBallot;

const RECEIPT_ATTEMPTS = 5;

/**
 * The questionnaire's ballot box: the shared SecretBallotBox (batching, one transaction per
 * batch, voters apart from shuffled ballots — its comment says why that keeps ballots
 * secret) on voting's tables, batched by BALLOT_BOX_BATCHING. What is voting's own:
 *
 * - a questionnaire that is not open, or does not exist, refuses with VOTING_CLOSED;
 * - voters go into "questionnaire_voter" with their channel; a second ballot is ALREADY_VOTED;
 * - each ballot gets a random id and a random receipt (drawn again on the rare receipt
 *   already taken on the questionnaire), and stores the voter's county and channel, never
 *   the voter;
 * - the batch's answers are added to the live tally, one upsert per key.
 *
 * The service logs no ballot content.
 */
@Injectable()
export class BallotBoxService implements SecretBallotStore<QuestionnaireBallot>, OnApplicationShutdown {
  private readonly box: SecretBallotBox<QuestionnaireBallot>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly ballots: BallotBoxRepository,
  ) {
    this.box = new SecretBallotBox(dataSource, this, BALLOT_BOX_BATCHING);
  }

  /** Resolves with the ballot's receipt once it is committed; rejects with ALREADY_VOTED or VOTING_CLOSED. */
  cast(request: BallotRequest): Promise<string> {
    return this.box.cast(toBallot(request));
  }

  /** Writes one batch in one transaction, bypassing the batcher; outcomes in request order. */
  write(requests: readonly BallotRequest[]): Promise<Array<BatchOutcome<string>>> {
    return this.box.write(requests.map(toBallot));
  }

  /** Ballots already queued are written before the service stops. */
  async onApplicationShutdown(): Promise<void> {
    await this.box.drain();
  }

  /** Questionnaires that are not open, or whose stored window has not begun or has ended, refuse with VOTING_CLOSED. */
  async lockContests(manager: EntityManager, questionnaireIds: readonly string[]): Promise<Map<string, Error | null>> {
    const windows = new Map((await this.ballots.lockWindows(manager, questionnaireIds)).map((window) => [window.id, window]));
    return new Map(
      questionnaireIds.map((id) => {
        const window = windows.get(id);
        return [id, window && takesBallots(window, window.now) ? null : votingClosed()];
      }),
    );
  }

  recordVoters(manager: EntityManager, voters: readonly QuestionnaireBallot[]): Promise<Set<string>> {
    return this.ballots.insertVoters(manager, voters);
  }

  /** Inserts the ballots in the order given, then adds them to the live tally; returns each one's receipt, in that order. */
  async storeBallots(manager: EntityManager, accepted: readonly QuestionnaireBallot[]): Promise<string[]> {
    const rows: BallotRow[] = accepted.map((ballot) => ({
      id: randomUUID(),
      questionnaireId: ballot.questionnaireId,
      countyCode: ballot.countyCode,
      channel: ballot.channel,
      receipt: newReceipt(),
      answers: ballot.answers,
    }));
    let waiting = rows;
    for (let attempt = 0; waiting.length > 0; attempt += 1) {
      if (attempt === RECEIPT_ATTEMPTS) throw new Error('could not draw unused receipts');
      const stored = await this.ballots.insertBallots(manager, waiting);
      // A receipt already taken on the questionnaire (2^-60 odds per pair): draw again.
      waiting = waiting.filter((row) => !stored.has(`${row.questionnaireId}:${row.receipt}`));
      for (const row of waiting) row.receipt = newReceipt();
    }
    await this.addToTally(manager, accepted);
    return rows.map((row) => row.receipt);
  }

  alreadyVoted(): Error {
    return new DomainError(ErrorCode.ALREADY_VOTED, 'You have already voted on this questionnaire.');
  }

  /** Never reached: lockContests answers for every questionnaire asked about. */
  unknownContest(): Error {
    return votingClosed();
  }

  private async addToTally(manager: EntityManager, accepted: readonly QuestionnaireBallot[]): Promise<void> {
    const byQuestionnaire = new Map<string, QuestionnaireBallot[]>();
    for (const ballot of accepted) {
      const group = byQuestionnaire.get(ballot.questionnaireId);
      if (group) group.push(ballot);
      else byQuestionnaire.set(ballot.questionnaireId, [ballot]);
    }
    for (const questionnaireId of [...byQuestionnaire.keys()].sort()) {
      const ballots = byQuestionnaire.get(questionnaireId) ?? [];
      // Requests may carry question lists read at different moments (questions are only
      // appended): the union by position covers every ballot of the batch. Casts share the
      // cached list, so each distinct list is walked once, not once per ballot.
      const questions = new Map<number, BallotQuestion>();
      for (const list of new Set(ballots.map((ballot) => ballot.questions))) for (const question of list) questions.set(question.position, question);
      const accumulator = new TallyAccumulator(questions.values());
      for (const ballot of ballots) accumulator.add(ballot);
      await this.ballots.addToTally(manager, questionnaireId, accumulator.rows());
    }
  }
}

function toBallot(request: BallotRequest): QuestionnaireBallot {
  return { ...request, contestId: request.questionnaireId, voterId: request.accountId };
}

function newReceipt(): string {
  return receiptFromBytes(randomBytes(RECEIPT_LENGTH));
}

function votingClosed(): DomainError {
  return new DomainError(ErrorCode.VOTING_CLOSED, 'Voting on this questionnaire is not open.');
}
