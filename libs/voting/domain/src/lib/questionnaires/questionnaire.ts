import { characterCount, type InputProblem } from '@civic/util';

/**
 * The statewide questionnaire of one congress year and the questions on it.
 *
 * - draft: questions are added (staff's agency and board questions, and the ones that
 *   arrive from the resolutions service); nobody votes yet.
 * - open: the voting window; the question list is frozen for staff, paper totals come in.
 * - closed: no more votes; paper totals are still entered and confirmed, results certified.
 * - certified: every question has a certified result. Final.
 *
 * Nothing moves backwards, so what voters answered stays what is counted.
 */
export const QUESTIONNAIRE_STATUSES = ['draft', 'open', 'closed', 'certified'] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

export type QuestionnaireAction = 'open' | 'close' | 'certify';

export type QuestionnaireTransition = { kind: 'change'; next: QuestionnaireStatus } | { kind: 'refuse'; reason: string };

const MOVES: Record<QuestionnaireAction, { from: QuestionnaireStatus; to: QuestionnaireStatus }> = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'closed' },
  certify: { from: 'closed', to: 'certified' },
};

/** What the questionnaire needs beyond its status to take the action. */
export interface QuestionnaireFacts {
  questions: number;
  /** Questions without a certified result. */
  uncertifiedQuestions: number;
}

export function transitionQuestionnaire(current: QuestionnaireStatus, action: QuestionnaireAction, facts: QuestionnaireFacts): QuestionnaireTransition {
  const move = MOVES[action];
  if (current !== move.from) {
    return { kind: 'refuse', reason: `to ${action} a questionnaire it must be ${move.from}; this one is ${current}` };
  }
  if (action === 'open' && facts.questions === 0) return { kind: 'refuse', reason: 'the questionnaire has no questions to vote on' };
  if (action === 'certify' && facts.uncertifiedQuestions > 0) {
    return { kind: 'refuse', reason: `${facts.uncertifiedQuestions} question(s) have no certified result yet` };
  }
  return { kind: 'change', next: move.to };
}

/** Staff shape the question list only while nobody has voted on it. */
export const acceptsStaffQuestions = (status: QuestionnaireStatus): boolean => status === 'draft';
/**
 * The results' publication threshold (k) is set while a draft: lowered once ballots were
 * published in snapshots of k, the next snapshot could hold a single ballot.
 */
export const acceptsResultsPublicationThreshold = (status: QuestionnaireStatus): boolean => status === 'draft';
/** Paper is counted at the meetings while voting runs, and entered or confirmed after it closed. */
export const acceptsPaperTotals = (status: QuestionnaireStatus): boolean => status === 'open' || status === 'closed';
/** Results are certified once every channel has stopped taking votes. */
export const acceptsCertification = (status: QuestionnaireStatus): boolean => status === 'closed';

export const QUESTION_SOURCES = ['agency', 'board', 'advisory', 'county-resolution'] as const;
/**
 * Where a question comes from: the agency (proposed rule changes), the board, the
 * congress's advisory questions (approved citizen resolutions, statewide), or a citizen
 * resolution introduced in one county (county-local: only that county's voters see it).
 */
export type QuestionSource = (typeof QUESTION_SOURCES)[number];

/** The sources staff add by hand; the other two arrive from the resolutions service. */
export const STAFF_QUESTION_SOURCES: readonly QuestionSource[] = ['agency', 'board'];

export const DEFAULT_CHOICES = ['yes', 'no', 'abstain'] as const;

export const QUESTIONNAIRE_LIMITS = {
  firstYear: 2000,
  lastYear: 2100,
  textLength: 1_000,
  backgroundLength: 10_000,
  minChoices: 2,
  maxChoices: 10,
} as const;

const CHOICE_CODE = /^[a-z][a-z0-9-]{0,39}$/;
/** Jurisdiction codes (FIPS for US counties) as assemblies issues them. */
const JURISDICTION_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

export function yearProblems(year: number, field = 'year'): InputProblem[] {
  return Number.isInteger(year) && year >= QUESTIONNAIRE_LIMITS.firstYear && year <= QUESTIONNAIRE_LIMITS.lastYear
    ? []
    : [{ field, message: `${field} must be a whole year between ${QUESTIONNAIRE_LIMITS.firstYear} and ${QUESTIONNAIRE_LIMITS.lastYear}` }];
}

export function isJurisdictionCode(value: string): boolean {
  return JURISDICTION_CODE.test(value);
}

export interface StaffQuestionDraft {
  year: number;
  source: QuestionSource;
  text: string;
  background: string;
  /** Null: the default yes / no / abstain. */
  choices: readonly string[] | null;
}

/** The draft with text trimmed and choices lower-cased, so that what is validated is what is stored. */
export function normalizeStaffQuestion(draft: StaffQuestionDraft): StaffQuestionDraft {
  return {
    ...draft,
    text: draft.text.trim(),
    background: draft.background.trim(),
    choices: draft.choices ? draft.choices.map((choice) => choice.trim().toLowerCase()) : null,
  };
}

/** Every way a (normalized) staff question breaks the rules; empty when valid. */
export function staffQuestionProblems(draft: StaffQuestionDraft): InputProblem[] {
  const problems = yearProblems(draft.year);
  if (!STAFF_QUESTION_SOURCES.includes(draft.source)) {
    problems.push({ field: 'source', message: 'staff add AGENCY and BOARD questions; advisory and county questions come from the resolutions pipeline' });
  }
  problems.push(...questionTextProblems(draft.text, draft.background));
  if (draft.choices) problems.push(...choiceSetProblems(draft.choices));
  return problems;
}

export function questionTextProblems(text: string, background: string): InputProblem[] {
  const problems: InputProblem[] = [];
  if (text.length === 0) problems.push({ field: 'text', message: 'a question needs its text' });
  if (characterCount(text) > QUESTIONNAIRE_LIMITS.textLength) {
    problems.push({ field: 'text', message: `a question's text has at most ${QUESTIONNAIRE_LIMITS.textLength} characters` });
  }
  if (characterCount(background) > QUESTIONNAIRE_LIMITS.backgroundLength) {
    problems.push({ field: 'background', message: `the background has at most ${QUESTIONNAIRE_LIMITS.backgroundLength} characters` });
  }
  return problems;
}

export function choiceSetProblems(choices: readonly string[]): InputProblem[] {
  const problems: InputProblem[] = [];
  const { minChoices, maxChoices } = QUESTIONNAIRE_LIMITS;
  if (choices.length < minChoices || choices.length > maxChoices) {
    problems.push({ field: 'choices', message: `a question has between ${minChoices} and ${maxChoices} choices` });
  }
  choices.forEach((choice, index) => {
    if (!CHOICE_CODE.test(choice)) {
      problems.push({ field: `choices.${index}`, message: 'a choice is a short code: lower-case letters, digits and dashes, starting with a letter' });
    } else if (choices.indexOf(choice) !== index) {
      problems.push({ field: `choices.${index}`, message: `the choice "${choice}" is listed twice` });
    }
  });
  return problems;
}

/** A question as voters see it: statewide ones everywhere, county-local ones in their county only. */
export function isVisibleInCounty(question: { countyCode: string | null }, countyCode: string): boolean {
  return question.countyCode === null || question.countyCode === countyCode;
}

/** A voting window staff set in advance; the voting service opens and closes it on time. */
export interface QuestionnaireSchedule {
  opensAt: Date;
  closesAt: Date;
}

export function scheduleProblems(status: QuestionnaireStatus, schedule: QuestionnaireSchedule, now: Date): InputProblem[] {
  const problems: InputProblem[] = [];
  if (Number.isNaN(schedule.opensAt.getTime()) || Number.isNaN(schedule.closesAt.getTime()))
    return [{ field: 'opensAt', message: 'opensAt and closesAt must be dates.' }];
  if (schedule.closesAt <= schedule.opensAt) problems.push({ field: 'closesAt', message: 'closesAt must be after opensAt.' });
  if (schedule.closesAt <= now) problems.push({ field: 'closesAt', message: 'closesAt must be in the future.' });
  if (status !== 'draft' && status !== 'open') problems.push({ field: 'year', message: `a ${status} questionnaire has no window left to schedule.` });
  return problems;
}

/** What a scheduled moment asks of a questionnaire now: nothing, open it, or close it. */
export function dueScheduledAction(status: QuestionnaireStatus, schedule: { opensAt: Date | null; closesAt: Date | null }, now: Date): 'open' | 'close' | null {
  if (status === 'draft' && schedule.opensAt && schedule.opensAt <= now && !(schedule.closesAt && schedule.closesAt <= now)) return 'open';
  if (status === 'open' && schedule.closesAt && schedule.closesAt <= now) return 'close';
  return null;
}

/**
 * Whether a questionnaire takes ballots at this instant: open, and inside its stored window.
 * The window is the law, not the status alone: when the job that closes voting is late (Redis
 * down at the closing time), a ballot after `closesAt` is still refused, and one before
 * `opensAt` too. Open-ended sides (opened or closed by hand only) are null.
 */
export function takesBallots(questionnaire: { status: QuestionnaireStatus; opensAt: Date | null; closesAt: Date | null }, now: Date): boolean {
  if (questionnaire.status !== 'open') return false;
  if (questionnaire.opensAt && now < questionnaire.opensAt) return false;
  return !(questionnaire.closesAt && questionnaire.closesAt <= now);
}
