export * from './voter-roll-import.entity';
