import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The certified statewide result of a resolution's advisory question, from the voting service. */
@Entity({ name: 'statewide_result' })
export class StatewideResultEntity {
  @PrimaryColumn('uuid')
  resultId!: string;

  @Column('uuid')
  questionId!: string;

  @Column('uuid')
  resolutionId!: string;

  @Column('int')
  year!: number;

  @Column('int')
  yes!: number;

  @Column('int')
  no!: number;

  @Column('int')
  abstain!: number;

  @Column('int')
  countiesInFavour!: number;

  @Column('int')
  countiesCounted!: number;

  @Column('boolean')
  passed!: boolean;

  @Column('timestamptz')
  certifiedAt!: Date;
}
