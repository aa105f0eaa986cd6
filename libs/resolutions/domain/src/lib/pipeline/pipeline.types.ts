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
  /** The transition the system takes when the rule fires. */
  transition: string;
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
  | { ok: true; transition: TransitionDefinition; from: StageDefinition; to: StageDefinition }
  | { ok: false; problem: TransitionProblem };

/** A problem with a pipeline definition itself (refused when a version is published). */
export interface PipelineProblem {
  path: string;
  message: string;
}
