import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A congress year's submission window and limits (Wisconsin: Jan 5 – Feb 9, 2,000 characters, 2 per person). */
@Entity({ name: 'cycle_configuration' })
export class CycleConfigurationEntity {
  @PrimaryColumn('int')
  year!: number;

  @Column('timestamptz')
  windowOpensAt!: Date;

  @Column('timestamptz')
  windowClosesAt!: Date;

  @Column('int')
  maxCharacters!: number;

  @Column('int')
  maxPerPerson!: number;

  @Column('uuid', { nullable: true })
  updatedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
