import { ErrorCode } from '@civic/contracts';
import { problemMessage, type TransitionProblem, type TransitionRequirements } from '@civic/resolutions-domain';
import { DomainError } from '@civic/util';

/** The input field of `transitionResolution` that carries each requirement. */
const REQUIREMENT_FIELDS: Record<keyof TransitionRequirements, string> = {
  reason: 'reason',
  vote: 'vote',
  notes: 'notes',
  committee: 'committeeCode',
  amendedText: 'amendedText',
  questionText: 'questionText',
};

/** The typed public error for a transition the engine refused. */
export function transitionProblemError(problem: TransitionProblem): DomainError {
  const message = problemMessage(problem);
  switch (problem.kind) {
    case 'unknown-transition':
      return new DomainError(ErrorCode.TRANSITION_NOT_IN_PIPELINE, message, { transition: problem.transition });
    case 'not-from-this-stage':
      return new DomainError(ErrorCode.TRANSITION_NOT_IN_PIPELINE, message, {
        transition: problem.transition,
        stage: problem.stage,
        allowedFrom: [...problem.allowedFrom],
      });
    case 'actor-not-allowed':
      return new DomainError(ErrorCode.FORBIDDEN, message, { transition: problem.transition });
    case 'conflict-of-interest':
      return new DomainError(ErrorCode.CONFLICT_OF_INTEREST_DECLARED, message, { transition: problem.transition, bodyCode: problem.bodyCode });
    case 'condition-not-met':
      return new DomainError(ErrorCode.CONDITION_NOT_MET, message, { transition: problem.transition, condition: problem.condition });
    case 'missing-input':
      return new DomainError(ErrorCode.BAD_USER_INPUT, message, { transition: problem.transition, field: REQUIREMENT_FIELDS[problem.field] });
    case 'minority-report-not-allowed':
      return new DomainError(ErrorCode.BAD_USER_INPUT, message, { transition: problem.transition, field: 'minorityReport' });
  }
}

export function resolutionNotFound(resolutionId: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, 'The resolution was not found.', { resolutionId });
}

export function concurrentChange(resolutionId: string): DomainError {
  return new DomainError(ErrorCode.CONFLICT, 'Someone else is changing this resolution right now; reload it and try again.', {
    resolutionId,
    reason: 'concurrent',
  });
}

export function staleVersion(resolutionId: string, expectedVersion: number, currentVersion: number): DomainError {
  return new DomainError(ErrorCode.CONFLICT, 'The resolution has changed since you loaded it; reload it and try again.', {
    resolutionId,
    expectedVersion,
    currentVersion,
  });
}
