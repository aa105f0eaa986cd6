export * from './roll-call';
export * from './roll-call-schedule';
