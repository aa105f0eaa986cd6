import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A delegate's seat tenure, from assemblies' `delegate-seat-changed` events (one row per tenure). */
@Entity({ name: 'delegate_seat' })
export class DelegateSeatEntity {
  @PrimaryColumn('uuid')
  tenureId!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  displayName!: string;

  /** The county the seat represents. */
  @Column('text')
  countyCode!: string;

  @Column('int')
  seatNumber!: number;

  /** False once the tenure ended (resignation, removal, replacement). */
  @Column('boolean')
  active!: boolean;

  @Column('date')
  termStart!: string;

  @Column('date')
  termEnd!: string;

  /** The time of the change the row reflects; only a newer change replaces it. */
  @Column('timestamptz')
  changedAt!: Date;
}
