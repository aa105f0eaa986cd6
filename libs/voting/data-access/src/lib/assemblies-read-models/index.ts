export * from './delegate-seat.entity';
export * from './meeting-attendee.entity';
export * from './jurisdiction.entity';
export * from './assemblies-read-models.repository';
