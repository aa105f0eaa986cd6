import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RollCallOutcome, RollCallStatus, ThresholdKind } from '@civic/voting-domain';

/** A named vote of a body on one motion; the counts and outcome are filled when it closes. */
@Entity({ name: 'roll_call' })
export class RollCallEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** 'convention' for the whole congress, else the assemblies body's code. */
  @Column('text')
  bodyCode!: string;

  @Column('text')
  bodyName!: string;

  @Column('text')
  title!: string;

  /** The questionnaire question the motion decides, for representation. */
  @Column('uuid', { nullable: true })
  questionId!: string | null;

  @Column('uuid', { nullable: true })
  resolutionId!: string | null;

  /** The congress year: the linked question's questionnaire year, else the year it opened. */
  @Column('int')
  year!: number;

  @Column('text')
  thresholdKind!: ThresholdKind;

  @Column('int')
  thresholdNumerator!: number;

  @Column('int')
  thresholdDenominator!: number;

  @Column('boolean')
  thresholdStrict!: boolean;

  @Column('int')
  quorum!: number;

  @Column('int')
  electorateSize!: number;

  @Column('text')
  status!: RollCallStatus;

  @Column('uuid')
  openedBy!: string;

  @Column('timestamptz')
  openedAt!: Date;

  @Column('uuid', { nullable: true })
  closedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('int', { nullable: true })
  yes!: number | null;

  @Column('int', { nullable: true })
  no!: number | null;

  @Column('int', { nullable: true })
  abstain!: number | null;

  @Column('int', { nullable: true })
  conflicts!: number | null;

  @Column('int', { nullable: true })
  present!: number | null;

  @Column('boolean', { nullable: true })
  quorumMet!: boolean | null;

  @Column('text', { nullable: true })
  outcome!: RollCallOutcome | null;
}
