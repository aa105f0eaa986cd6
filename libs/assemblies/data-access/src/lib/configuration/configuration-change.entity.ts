import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded change of a congress's configuration: who, when, why, and each value before and after. */
@Entity({ name: 'configuration_change' })
export class ConfigurationChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  congressId!: string;

  /** The configuration version this change produced. */
  @Column('int')
  version!: number;

  @Column('text')
  section!: string;

  @Column('timestamptz')
  changedAt!: Date;

  @Column('uuid')
  changedBy!: string;

  @Column('text')
  reason!: string;

  /** `ConfigurationFieldChange[]`: path, before, after. */
  @Column('jsonb')
  changes!: Array<{ path: string; before: unknown; after: unknown }>;
}
