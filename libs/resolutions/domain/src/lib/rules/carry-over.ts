import { stageOf, type PipelineDefinition } from '../pipeline';

/** Whether a resolution still in this stage at the yearly roll-over moves into the next cycle. */
export function carriesOver(pipeline: PipelineDefinition, stageCode: string): boolean {
  return stageOf(pipeline, stageCode)?.carriesOver === true;
}

export function nextCycleYear(year: number): number {
  return year + 1;
}
