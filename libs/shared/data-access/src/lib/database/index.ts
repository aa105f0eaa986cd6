export * from './qualified-table';
export * from './run-migrations';
export * from './service-datasource';
export * from './snake-naming.strategy';
export * from './unique-violation';
export * from './database-roles';
