export { SeatsModule } from './seats.module';
export { TermLimitCheck } from './term-limit-check.service';
export { AccountStub, SeatCountsType, SeatType, TenureConnection, TenureType } from './seat.type';
export { seedSeatsDemo } from './seats-demo.seed';
