import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A seat an election fills, with the year the term won now ends (fixed when the election was created). */
@Entity({ name: 'election_seat' })
export class ElectionSeatEntity {
  @PrimaryColumn('uuid')
  electionId!: string;

  @PrimaryColumn('uuid')
  seatId!: string;

  @Column('int')
  seatNumber!: number;

  @Column('int')
  termEndYear!: number;
}
