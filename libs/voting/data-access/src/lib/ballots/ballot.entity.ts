import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BallotChannel } from '@civic/voting-domain';

/** What was voted, with nothing that names, numbers or times the voter. */
@Entity({ name: 'ballot' })
export class BallotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  questionnaireId!: string;

  @Column('text')
  countyCode!: string;

  @Column('text')
  channel!: BallotChannel;

  @Column('text')
  receipt!: string;

  /** One byte per question position (see the domain's encodeAnswers). */
  @Column('bytea')
  answers!: Buffer;
}
