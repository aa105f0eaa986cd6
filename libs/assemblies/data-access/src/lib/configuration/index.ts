export * from './congress-configuration.entity';
export * from './configuration-change.entity';
export * from './configuration.repository';
