export { SeatsModule } from './seats.module';
export { AccountStub, SeatCountsType, SeatType, TenureConnection, TenureType } from './seat.type';
export { seedSeatsDemo } from './seats-demo.seed';
