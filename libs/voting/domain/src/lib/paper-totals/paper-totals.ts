import type { InputProblem } from '@civic/util';
import { isJurisdictionCode } from '../questionnaires';
import type { ChoiceCounts } from '../tallies';

/**
 * Paper totals: a county's staff count the paper ballots of its meeting and enter the
 * totals per question; a second staff member confirms them, and only then do they count.
 */
export const PAPER_TOTALS_LIMITS = {
  /** More lines than any questionnaire has questions is surely a mistake. */
  maxLines: 500,
  /** Beyond any county's population. */
  maxCount: 10_000_000,
} as const;

/** One question's totals as staff typed them: yes / no / abstain, or counts per choice. */
export interface PaperTotalsLine {
  questionId: string;
  yes?: number | null;
  no?: number | null;
  abstain?: number | null;
  counts?: ReadonlyArray<{ choice: string; count: number }> | null;
}

/** What the check needs to know of a question. */
export interface PaperTotalsQuestion {
  id: string;
  /** Non-null for a county-local question: it takes totals from that county only. */
  countyCode: string | null;
  choices: readonly string[];
}

export type PaperTotalsCheck = { ok: true; lines: Array<{ questionId: string; counts: ChoiceCounts }> } | { ok: false; problem: InputProblem };

const SHORTHAND = ['yes', 'no', 'abstain'] as const;

/**
 * Checks a county's paper totals against the year's questions: each question on the
 * questionnaire once, visible in that county, with a whole count for every one of its
 * choices and nothing else. Returns the counts as they will be stored.
 */
export function checkPaperTotals(countyCode: string, lines: readonly PaperTotalsLine[], questions: ReadonlyMap<string, PaperTotalsQuestion>): PaperTotalsCheck {
  const refuse = (field: string, message: string): PaperTotalsCheck => ({ ok: false, problem: { field, message } });
  if (!isJurisdictionCode(countyCode)) return refuse('countyCode', 'countyCode is not a jurisdiction code');
  if (lines.length === 0) return refuse('totals', 'enter the totals of at least one question');
  if (lines.length > PAPER_TOTALS_LIMITS.maxLines) return refuse('totals', `at most ${PAPER_TOTALS_LIMITS.maxLines} questions at once`);
  const seen = new Set<string>();
  const checked: Array<{ questionId: string; counts: ChoiceCounts }> = [];
  for (const [index, line] of lines.entries()) {
    const field = `totals.${index}`;
    const question = questions.get(line.questionId);
    if (!question) return refuse(`${field}.questionId`, "the question is not on this year's questionnaire");
    if (seen.has(question.id)) return refuse(`${field}.questionId`, 'the question is listed twice');
    seen.add(question.id);
    if (question.countyCode !== null && question.countyCode !== countyCode) {
      return refuse(`${field}.questionId`, `the question is local to county ${question.countyCode}: it only accepts that county's totals`);
    }
    const counts = lineCounts(question.choices, line, field);
    if ('problem' in counts) return { ok: false, problem: counts.problem };
    checked.push({ questionId: question.id, counts: counts.counts });
  }
  return { ok: true, lines: checked };
}

function lineCounts(choices: readonly string[], line: PaperTotalsLine, field: string): { counts: ChoiceCounts } | { problem: InputProblem } {
  const given = new Map<string, { count: number; field: string }>();
  const shorthand = SHORTHAND.filter((choice) => line[choice] !== undefined && line[choice] !== null);
  if (line.counts && shorthand.length > 0) {
    return { problem: { field, message: 'give either yes / no / abstain or counts, not both' } };
  }
  if (line.counts) {
    for (const [index, entry] of line.counts.entries()) {
      const choice = entry.choice.trim().toLowerCase();
      if (given.has(choice)) return { problem: { field: `${field}.counts.${index}.choice`, message: `the choice "${choice}" is listed twice` } };
      given.set(choice, { count: entry.count, field: `${field}.counts.${index}.count` });
    }
  } else {
    for (const choice of shorthand) given.set(choice, { count: line[choice] as number, field: `${field}.${choice}` });
  }
  for (const [choice, { field: countField }] of given) {
    if (!choices.includes(choice)) return { problem: { field: countField, message: `"${choice}" is not a choice of this question (${choices.join(', ')})` } };
  }
  const counts: Record<string, number> = {};
  for (const choice of choices) {
    const entry = given.get(choice);
    if (!entry) return { problem: { field, message: `the count for "${choice}" is missing` } };
    if (!Number.isSafeInteger(entry.count) || entry.count < 0 || entry.count > PAPER_TOTALS_LIMITS.maxCount) {
      return { problem: { field: entry.field, message: `a count is a whole number from 0 to ${PAPER_TOTALS_LIMITS.maxCount}` } };
    }
    counts[choice] = entry.count;
  }
  return { counts };
}

/** Four eyes: the person who entered the totals may not confirm them. */
export function mayConfirmPaperTotals(enteredBy: string, confirmer: string): boolean {
  return enteredBy.toLowerCase() !== confirmer.toLowerCase();
}

/**
 * The questions whose totals count more papers than the county's staff handed out: a
 * paper ballot is issued to one checked-in person, and each question's marks (any choice,
 * abstentions included) come from at most one paper each. Question ids in the order given.
 */
export function questionsAboveIssued(lines: ReadonlyArray<{ questionId: string; counts: ChoiceCounts }>, issued: number): string[] {
  return lines.filter((line) => Object.values(line.counts).reduce((sum, count) => sum + count, 0) > issued).map((line) => line.questionId);
}
