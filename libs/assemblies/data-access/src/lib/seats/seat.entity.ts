import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A seat of a jurisdiction (seat 1..n of a county), with its class (term length and cycle). */
@Entity({ name: 'seat' })
export class SeatEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  congressId!: string;

  @Column('uuid')
  jurisdictionId!: string;

  @Column('int')
  number!: number;

  @Column('text')
  classCode!: string;
}
