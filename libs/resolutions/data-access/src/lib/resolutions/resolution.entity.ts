import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ResolutionKind = 'rule-change' | 'advisory';

/**
 * A citizen resolution and where it stands. `rowVersion` increases with every change and
 * guards against lost updates; `transitionCount` is the sequence of its last transition.
 */
@Entity({ name: 'resolution' })
export class ResolutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Public number, e.g. "2027-0014". */
  @Column('text')
  number!: string;

  /** The same resolution across counties and years (the 3:2 rule counts per family). */
  @Column('uuid')
  familyId!: string;

  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @Column('text')
  authorName!: string;

  /** Who presents it at the county assembly (the author or a designee). */
  @Column('text')
  presenterName!: string;

  @Column('text')
  kind!: ResolutionKind;

  @Column('text')
  topic!: string;

  @Column('text')
  title!: string;

  @Column('text')
  text!: string;

  @Column('int')
  textVersion!: number;

  /** The county whose assembly it is introduced at (the author's by default). */
  @Column('text')
  countyCode!: string;

  @Column('int')
  submittedYear!: number;

  /** The congress year whose cycle it is in now (carry-over moves it on). */
  @Column('int')
  cycleYear!: number;

  @Column('int')
  pipelineVersion!: number;

  @Column('text')
  stage!: string;

  @Column('timestamptz')
  stageEnteredAt!: Date;

  @Column('int')
  transitionCount!: number;

  @Column('text', { nullable: true })
  committeeCode!: string | null;

  @Column('timestamptz', { nullable: true })
  deadlineAt!: Date | null;

  /** Set publicly when a deadline passed (a committee that did not decide, an overdue board response). */
  @Column('timestamptz', { nullable: true })
  flaggedAt!: Date | null;

  @Column('text', { nullable: true })
  flagReason!: string | null;

  @Column('text', { nullable: true })
  questionText!: string | null;

  @Column('uuid', { nullable: true })
  mergedIntoId!: string | null;

  @Column('int')
  rowVersion!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
