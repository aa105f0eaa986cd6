// Congress-year cycles, submitting and editing resolutions, their text versions.
export { configureWisconsinCycle, startOfLocalDay, wisconsinCycle, WISCONSIN_CYCLE_TIME_ZONE, type CycleSettings } from './wisconsin-cycle';
export { SubmissionClock } from './submission-clock';
export { SubmitResolutionService } from './submit-resolution.service';
export { SubmissionModule, submissionProviders, submissionResolvers } from './submission.module';
