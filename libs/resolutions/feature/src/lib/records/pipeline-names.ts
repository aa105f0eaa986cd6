import { stageOf, transitionOf, type PipelineDefinition } from '@civic/resolutions-domain';
import type { WorkflowStep } from '../workflow';

/**
 * Steps that are not transitions of the pipeline but still belong to a resolution's path:
 * its submission, a missed deadline, its yearly carry-over, a late result, and receiving a merge.
 */
const STEP_NAMES: Record<string, string> = {
  submit: 'Submitted',
  'deadline-missed': 'Deadline missed',
  'carry-over': 'Carried over into the next cycle',
  'result-recorded': 'Result recorded',
  'merged-in': 'Resolutions merged into it',
};

/** The code of the step a resolution receiving a merge records (not a pipeline transition: its stage does not change). */
export const MERGED_IN_STEP = 'merged-in' satisfies WorkflowStep;

export function stageNameOf(pipeline: PipelineDefinition, code: string): string {
  return stageOf(pipeline, code)?.name ?? code;
}

export function transitionNameOf(pipeline: PipelineDefinition, code: string): string {
  return transitionOf(pipeline, code)?.name ?? STEP_NAMES[code] ?? code;
}
