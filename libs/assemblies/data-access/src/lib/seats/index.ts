export * from './seat.entity';
export * from './tenure.entity';
export * from './term-extension.entity';
export * from './seat.repository';
export * from './delegate-seat.events';
