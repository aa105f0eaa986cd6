export * from './county-meeting.entity';
export * from './agenda-item.entity';
export * from './attendance.entity';
export * from './county-meeting.repository';
export * from './attendance.repository';
export * from './attendee.events';
