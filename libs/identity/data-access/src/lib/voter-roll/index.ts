export * from './voter-roll-import.entity';
export * from './voter-roll-entry.entity';
export * from './voter-code.entity';
export * from './voter-roll.repository';
