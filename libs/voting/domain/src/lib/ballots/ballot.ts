import type { InputProblem } from '@civic/util';
import { isVisibleInCounty } from '../questionnaires';
import type { VotingChannel } from '../tallies';

/**
 * A resident's ballot: what they answered, kept apart from the fact that they voted.
 *
 * Answers are stored compactly, one byte per question position: byte i holds 1 + the index
 * of the chosen answer to the question at position i + 1, and 0 where the voter left the
 * question unanswered. Fifty answers are fifty bytes; a million ballots stay small. Positions
 * and choice sets never change once voting opens (questions are appended, never moved).
 */

/** The electronic channels a ballot arrives through; paper comes as county totals. */
export const BALLOT_CHANNELS = ['online', 'in-room'] as const satisfies readonly VotingChannel[];
export type BallotChannel = (typeof BALLOT_CHANNELS)[number];

/** What the ballot rules need to know of a question. */
export interface BallotQuestion {
  id: string;
  position: number;
  /** Non-null for a county-local question: only that county's voters answer it. */
  countyCode: string | null;
  choices: readonly string[];
}

export interface BallotAnswerInput {
  questionId: string;
  choice: string;
}

export const BALLOT_LIMITS = {
  /** One byte per position; a questionnaire has far fewer questions. */
  maxPosition: 255,
  /** A choice index fits in a byte after the +1 shift. */
  maxChoices: 254,
} as const;

export type BallotCheck =
  | { ok: true; answers: Uint8Array; questionsAnswered: number }
  | { ok: false; reason: 'bad-input'; problem: InputProblem }
  /** A question local to another county: the voter is not eligible to answer it. */
  | { ok: false; reason: 'other-county'; problem: InputProblem };

/**
 * Checks a voter's answers against the questionnaire: each question on it once, statewide
 * or local to the voter's county, with one of its choices. Unanswered questions are allowed
 * (and not counted). Returns the encoded answers.
 */
export function checkBallot(countyCode: string, answers: readonly BallotAnswerInput[], questions: ReadonlyMap<string, BallotQuestion>): BallotCheck {
  const byPosition = new Map<number, number>();
  const seen = new Set<string>();
  for (const [index, answer] of answers.entries()) {
    const field = `answers.${index}`;
    const question = questions.get(answer.questionId.toLowerCase());
    if (!question)
      return { ok: false, reason: 'bad-input', problem: { field: `${field}.questionId`, message: "the question is not on this year's questionnaire" } };
    if (!isVisibleInCounty(question, countyCode)) {
      return {
        ok: false,
        reason: 'other-county',
        problem: { field: `${field}.questionId`, message: `the question is local to county ${question.countyCode}: only its voters answer it` },
      };
    }
    if (seen.has(question.id)) return { ok: false, reason: 'bad-input', problem: { field: `${field}.questionId`, message: 'the question is answered twice' } };
    seen.add(question.id);
    const choice = question.choices.indexOf(answer.choice.trim().toLowerCase());
    if (choice < 0) {
      return {
        ok: false,
        reason: 'bad-input',
        problem: { field: `${field}.choice`, message: `"${answer.choice}" is not a choice of this question (${question.choices.join(', ')})` },
      };
    }
    byPosition.set(question.position, choice);
  }
  if (byPosition.size === 0) return { ok: false, reason: 'bad-input', problem: { field: 'answers', message: 'answer at least one question' } };
  return { ok: true, answers: encodeAnswers(byPosition), questionsAnswered: byPosition.size };
}

/** Position (from 1) → choice index, as bytes. */
export function encodeAnswers(byPosition: ReadonlyMap<number, number>): Uint8Array {
  const length = Math.max(0, ...byPosition.keys());
  if (length > BALLOT_LIMITS.maxPosition) throw new Error(`a ballot encodes positions up to ${BALLOT_LIMITS.maxPosition}, not ${length}`);
  const bytes = new Uint8Array(length);
  for (const [position, choice] of byPosition) {
    if (!Number.isInteger(position) || position < 1) throw new Error(`position ${position} is not a question position`);
    if (!Number.isInteger(choice) || choice < 0 || choice >= BALLOT_LIMITS.maxChoices) throw new Error(`choice index ${choice} does not fit a ballot`);
    bytes[position - 1] = choice + 1;
  }
  return bytes;
}

/** The answered positions and their choice indexes, in position order. */
export function decodeAnswers(bytes: Uint8Array): Array<{ position: number; choice: number }> {
  const answers: Array<{ position: number; choice: number }> = [];
  bytes.forEach((byte, index) => {
    if (byte !== 0) answers.push({ position: index + 1, choice: byte - 1 });
  });
  return answers;
}

/**
 * How the ballot box groups concurrent ballots into transactions (the `Batcher`'s options):
 * up to 500 per batch, started 2 ms after the first waits, two batches in flight (one
 * commits while the next is built) — tuned for the surge. Here, in
 * plain TypeScript, so the benchmark's plain-Node baseline batches with the same numbers.
 */
export const BALLOT_BOX_BATCHING = { maxBatch: 500, maxWaitMs: 2, maxConcurrent: 2 } as const;

/** RFC 4648 base32: no 0/1/8/9, so receipts read aloud and typed back survive. */
export const RECEIPT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const RECEIPT_LENGTH = 12;

/**
 * A receipt from 12 random bytes (60 bits used: 12 × 5). The caller passes
 * cryptographically random bytes; the receipt says nothing about the voter or the time.
 */
export function receiptFromBytes(random: Uint8Array): string {
  if (random.length < RECEIPT_LENGTH) throw new Error(`a receipt needs ${RECEIPT_LENGTH} random bytes`);
  let receipt = '';
  for (let index = 0; index < RECEIPT_LENGTH; index += 1) receipt += RECEIPT_ALPHABET[(random[index] ?? 0) & 31];
  return receipt;
}

/** A receipt as a voter may type it (lower case, with spaces or dashes), or null if it cannot be one. */
export function normalizeReceipt(input: string): string | null {
  const receipt = input.replace(/[\s-]/g, '').toUpperCase();
  return receipt.length === RECEIPT_LENGTH && [...receipt].every((char) => RECEIPT_ALPHABET.includes(char)) ? receipt : null;
}
