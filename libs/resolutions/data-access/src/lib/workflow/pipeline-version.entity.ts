import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PipelineDefinition } from '@civic/resolutions-domain';

/** A published version of the congress's pipeline. Never edited: a change is a new version. */
@Entity({ name: 'pipeline_version' })
export class PipelineVersionEntity {
  @PrimaryColumn('int')
  version!: number;

  @Column('jsonb')
  definition!: PipelineDefinition;

  @Column('text')
  reason!: string;

  @Column('uuid', { nullable: true })
  publishedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;
}
