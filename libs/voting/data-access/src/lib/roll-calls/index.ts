export * from './roll-call.entity';
export * from './roll-call-member.entity';
export * from './roll-call-vote-change.entity';
export * from './roll-call.repository';
export * from './roll-call-electorate.repository';
