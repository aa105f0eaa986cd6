import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RecordedVote } from '@civic/resolutions-domain';

/** Links from a transition to the votes and records behind it. */
export interface TransitionLinks {
  countyResultId?: string;
  statewideResultId?: string;
  /** The assemblies body motion whose recorded vote this decision follows. */
  motionId?: string;
  mergedIntoId?: string;
  mergedFromIds?: string[];
  /** For carry-over: the cycle year it left. */
  fromCycleYear?: number;
  /** The counties behind a 3:2 rule fast track. */
  counties?: string[];
}

/** One step of a resolution along its pipeline: public, with who, when and why. */
@Entity({ name: 'resolution_transition' })
export class ResolutionTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  resolutionId!: string;

  @Column('int')
  sequence!: number;

  @Column('text')
  transition!: string;

  @Column('text', { nullable: true })
  fromStage!: string | null;

  @Column('text')
  toStage!: string;

  @Column('int')
  cycleYear!: number;

  @Column('int')
  pipelineVersion!: number;

  @Column('text')
  actorKind!: 'person' | 'system';

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text')
  actorName!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('jsonb', { nullable: true })
  vote!: RecordedVote | null;

  @Column('text', { nullable: true })
  minorityReport!: string | null;

  @Column('jsonb')
  linked!: TransitionLinks;

  @Column('timestamptz')
  occurredAt!: Date;
}
