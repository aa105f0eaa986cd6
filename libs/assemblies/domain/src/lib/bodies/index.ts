export * from './body-kinds';
export * from './body-term';
export * from './body-assignment';
export * from './body-voting';
