export * from './roll-call-schedule.entity';
export * from './roll-call-schedule.repository';
