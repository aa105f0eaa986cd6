export * from './signing-key.entity';
