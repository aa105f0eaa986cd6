export * from './role-change.entity';
export * from './role-change.repository';
