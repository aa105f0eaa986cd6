// Repositories of the events and deadlines areas: read models fed by other services'
// events, results from voting, and the resolutions the self-running rules act on. Body
// memberships live in @civic/data-access (BodyMembershipReadModelModule), shared with voting.
export * from './events/declared-conflict.repository';
export * from './events/voting-result.repository';
export * from './events/rule-resolution.repository';

import { DeclaredConflictRepository } from './events/declared-conflict.repository';
import { RuleResolutionRepository } from './events/rule-resolution.repository';
import { VotingResultRepository } from './events/voting-result.repository';

/** Providers for the feature module's events and deadlines areas. */
export const EVENTS_REPOSITORIES = [DeclaredConflictRepository, VotingResultRepository, RuleResolutionRepository];
