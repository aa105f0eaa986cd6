export { PRUNE_REFRESH_TOKENS_JOB, PruneRefreshTokensJob, type PruneRefreshTokensPayload } from './prune-refresh-tokens.job';
