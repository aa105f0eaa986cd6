export * from './body-member.entity';
export * from './body-member.repository';
export * from './body-member-table.migration-helper';
export * from './body-membership-read-model.module';
