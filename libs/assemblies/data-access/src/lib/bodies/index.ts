export * from './body.entity';
export * from './body-membership.entity';
export * from './body-meeting.entity';
export * from './body.repository';
export * from './body-meeting.repository';
export * from './body-membership.events';
