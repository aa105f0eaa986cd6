import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A county's certified vote on a resolution, from the voting service. */
@Entity({ name: 'county_result' })
export class CountyResultEntity {
  @PrimaryColumn('uuid')
  resultId!: string;

  @Column('uuid')
  resolutionId!: string;

  @Column('uuid')
  familyId!: string;

  @Column('text')
  countyCode!: string;

  @Column('int')
  year!: number;

  @Column('int')
  yes!: number;

  @Column('int')
  no!: number;

  @Column('int')
  abstain!: number;

  @Column('boolean')
  passed!: boolean;

  @Column('timestamptz')
  certifiedAt!: Date;
}
