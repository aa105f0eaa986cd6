export * from './election.entity';
export * from './election-seat.entity';
export * from './election-candidate.entity';
export * from './election-ballot.entity';
export * from './election-paper-totals.entity';
export * from './election.repository';
export * from './election-ballot-box.repository';
