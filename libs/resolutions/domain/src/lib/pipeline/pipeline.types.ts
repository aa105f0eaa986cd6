/**
 * A resolution pipeline is data: stages, the transitions between them, who may take each
 * transition, the conditions that must hold, and the deadlines that run by themselves.
 * A congress publishes numbered versions; every resolution keeps the version it entered
 * with, so a new version never breaks resolutions already under way.
 */

/** The five policy stages a resolution's stage belongs to (for the public's overview). */
export const POLICY_PHASES = ['agenda-setting', 'formulation', 'decision', 'implementation', 'monitoring'] as const;
export type PolicyPhase = (typeof POLICY_PHASES)[number];

/** Who may take a transition. A person matches if any rule of the transition matches. */
export type ActorRule =
  /** A staff member (or an admin). */
  | { kind: 'staff' }
  /** A member of the government board the congress advises (the account role `board`). */
  | { kind: 'board' }
  /** The resolution's author. */
  | { kind: 'author' }
  /** A current member of the committee the resolution is referred to (and not conflicted). */
  | { kind: 'referred-committee-member' }
  /** A current member of a named body, e.g. 'executive-committee' (and not conflicted). */
  | { kind: 'body-member'; bodyCode: string }
  /** The platform itself: results arriving from the voting service, deadlines, the 3:2 rule. */
  | { kind: 'system' };

/**
 * Facts about a resolution a transition may require. Evaluated against `ResolutionFacts`.
 */
export const TRANSITION_CONDITIONS = [
  /** Its county's vote in the current cycle passed. */
  'passed-in-county',
  /** Its county's vote in the current cycle failed. */
  'failed-in-county',
  /** The statewide result of its advisory question is known. */
  'statewide-result-recorded',
  /** It has been referred to a committee (a committee code is set). */
  'has-committee',
] as const;
export type TransitionCondition = (typeof TRANSITION_CONDITIONS)[number];

/** What a transition command must carry. */
export interface TransitionRequirements {
  /** A written reason (published with the transition). */
  reason?: boolean;
  /** A recorded vote of the deciding body (yes / no / abstain counts). */
  vote?: boolean;
  /** Public notes (e.g. the agency's legal and technical review). */
  notes?: boolean;
  /** A committee code: the committee the resolution is referred to. */
  committee?: boolean;
  /** Amended text (a committee's amendment): becomes a new version of the resolution. */
  amendedText?: boolean;
  /** The advisory question's wording, as it will appear on the questionnaire. */
  questionText?: boolean;
}

/**
 * What taking a transition sets off beyond the move itself. The platform acts on these
 * declarations, never on transition codes, so a pipeline may name its transitions as it likes.
 */
export const TRANSITION_EFFECTS = [
  /**
   * Opens the resolution's county vote: announces it to the voting service
   * ('resolutions.introduced'), which puts it on its county's ballot. The stage it enters must
   * be left by a transition taken when the county vote passes and by one taken when it fails.
   */
  'opens-county-vote',
  /**
   * Puts its advisory question on next year's statewide questionnaire
   * ('resolutions.question-approved'): the wording the transition requires (`questionText`)
   * or, when none was drafted, a summary of the resolution. The stage it enters must be left
   * by a transition taken when the statewide result is certified.
   */
  'puts-question-on-questionnaire',
] as const;
export type TransitionEffect = (typeof TRANSITION_EFFECTS)[number];

/**
 * Events on which the platform takes a transition by itself (its actor is `system`). From any
 * one stage, at most one transition is taken on each event.
 */
export const AUTOMATIC_EVENTS = [
  /**
   * The voting service certified the resolution's county vote of its current cycle, and it
   * passed. Also counts towards the 3:2 rule. Taken from a stage a transition that
   * opens the county vote enters.
   */
  'county-vote-passed',
  /** The same, and it failed. */
  'county-vote-failed',
  /**
   * The voting service certified the statewide result of its advisory question. Taken from
   * a stage a transition that puts the question on the questionnaire enters.
   */
  'statewide-result-certified',
  /**
   * A roll call of the body named by `bodyCode` on the resolution closed and passed (the
   * convention adopts it). The vote's totals are recorded with the transition.
   */
  'roll-call-passed',
  /** The same roll call closed with quorum present but the threshold not met (the body rejects it). */
  'roll-call-failed',
  /**
   * The pipeline's `threeTwoRule` fired for the resolution's family: it passed in the same
   * counties for enough consecutive years. The family's earliest-numbered resolution of the
   * year in a stage this transition leaves takes it (once per family and year).
   */
  'three-two-rule-met',
] as const;
export type AutomaticEvent = (typeof AUTOMATIC_EVENTS)[number];

/** The events that come from a body's roll call, and so name the body. */
export const ROLL_CALL_EVENTS: readonly AutomaticEvent[] = ['roll-call-passed', 'roll-call-failed'];

/** When the platform takes a transition by itself: an event, and for a roll call the body that votes. */
export interface TransitionTrigger {
  event: AutomaticEvent;
  /**
   * For roll-call events only: the voting service's code of the body whose roll call decides
   * ('convention' for the whole congress in convention, else an assemblies body's code).
   */
  bodyCode?: string;
}

export interface TransitionDefinition {
  /** Stable code, e.g. 'refer-to-committee'. */
  code: string;
  name: string;
  description: string;
  from: readonly string[];
  to: string;
  actors: readonly ActorRule[];
  conditions: readonly TransitionCondition[];
  requires: TransitionRequirements;
  /** An optional minority report may be attached (committee decisions). */
  allowsMinorityReport?: boolean;
  /** What taking it sets off, whoever takes it (see TRANSITION_EFFECTS). */
  effects?: readonly TransitionEffect[];
  /** The event on which the platform takes it by itself (see AUTOMATIC_EVENTS); absent: people take it, or a stage deadline names it. */
  takenWhen?: TransitionTrigger;
}

export type DeadlineKind = 'committee-decision' | 'board-response' | 'implementation-report';

export interface StageDeadline {
  kind: DeadlineKind;
  /** Days after entering the stage (a transition may set an explicit date instead). */
  days: number;
  /**
   * What happens when the deadline passes with the resolution still in the stage: it is
   * always flagged publicly; with `advanceBy`, the system also takes that transition.
   */
  advanceBy?: string;
}

export interface StageDefinition {
  code: string;
  name: string;
  description: string;
  phase: PolicyPhase;
  /** No transition leaves a terminal stage. */
  terminal: boolean;
  /** The public may comment while a resolution is in this stage. */
  commentsOpen: boolean;
  deadline?: StageDeadline;
  /**
   * At the yearly roll-over, resolutions still in this stage carry over into the next
   * congress year's cycle (county-passed resolutions not yet decided).
   */
  carriesOver?: boolean;
  /** Implementation reports may be filed while a resolution is in this stage. */
  acceptsImplementationReports?: boolean;
  /** Marks the stage a resolution enters when its county vote passes (used by the 3:2 rule). */
  countyPassed?: boolean;
}

export interface ThreeTwoRule {
  /** How many of the same counties must pass it... */
  counties: number;
  /** ...in how many consecutive years. */
  consecutiveYears: number;
  // The transition the platform takes when the rule fires declares it: takenWhen three-two-rule-met.
}

export interface PipelineDefinition {
  /** Human name, e.g. "Wisconsin citizen resolutions". */
  name: string;
  initialStage: string;
  stages: readonly StageDefinition[];
  transitions: readonly TransitionDefinition[];
  /** The 3:2 rule; absent when the congress does not use one. */
  threeTwoRule?: ThreeTwoRule;
}

/** What the engine needs to know about a resolution to decide a transition. */
export interface ResolutionFacts {
  stage: string;
  authorId: string;
  committeeCode: string | null;
  /** Its county vote in the current cycle: null until the result arrives. */
  countyResult: 'passed' | 'failed' | null;
  statewideResultRecorded: boolean;
}

/** Who is asking. Memberships and conflicts come from the assemblies service's events. */
export type TransitionActor =
  | {
      kind: 'person';
      accountId: string;
      roles: readonly string[];
      /** Codes of the bodies the person currently sits on. */
      bodyCodes: readonly string[];
      /** Codes of the bodies in which the person declared a conflict on this resolution. */
      conflictedBodyCodes: readonly string[];
    }
  | { kind: 'system'; rule: string };

export interface RecordedVote {
  yes: number;
  no: number;
  abstain: number;
}

export interface TransitionCommand {
  transition: string;
  reason?: string | null;
  notes?: string | null;
  vote?: RecordedVote | null;
  committeeCode?: string | null;
  amendedText?: string | null;
  questionText?: string | null;
  minorityReport?: string | null;
}

export type TransitionProblem =
  | { kind: 'unknown-transition'; transition: string }
  | { kind: 'not-from-this-stage'; transition: string; stage: string; allowedFrom: readonly string[] }
  | { kind: 'actor-not-allowed'; transition: string }
  | { kind: 'conflict-of-interest'; transition: string; bodyCode: string }
  | { kind: 'condition-not-met'; transition: string; condition: TransitionCondition }
  | { kind: 'missing-input'; transition: string; field: keyof TransitionRequirements }
  | { kind: 'minority-report-not-allowed'; transition: string };

export type TransitionDecision =
  { ok: true; transition: TransitionDefinition; from: StageDefinition; to: StageDefinition } | { ok: false; problem: TransitionProblem };

/** A problem with a pipeline definition itself (refused when a version is published). */
export interface PipelineProblem {
  path: string;
  message: string;
}
