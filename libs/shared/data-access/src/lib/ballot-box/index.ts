export * from './secret-ballot-box';
