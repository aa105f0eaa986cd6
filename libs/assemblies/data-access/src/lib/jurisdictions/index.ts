export * from './congress.entity';
export * from './tier.entity';
export * from './jurisdiction.entity';
export * from './jurisdiction.repository';
export * from './jurisdiction.events';
