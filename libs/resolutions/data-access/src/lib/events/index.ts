// The events area: read models fed by other services' events, results from voting, and the
// resolutions the self-running rules act on. Body memberships live in @civic/data-access
// (BodyMembershipReadModelModule), shared with voting.
export * from './county-result.entity';
export * from './statewide-result.entity';
export * from './declared-conflict.entity';
export * from './declared-conflict.repository';
export * from './voting-result.repository';
export * from './rule-resolution.repository';
