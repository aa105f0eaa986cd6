import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The current configuration of a congress as one JSON document (its shape is the domain's
 * `CongressConfiguration`); every change bumps `version` and writes a ConfigurationChange.
 */
@Entity({ name: 'congress_configuration' })
export class CongressConfigurationEntity {
  @PrimaryColumn('uuid')
  congressId!: string;

  @Column('int')
  version!: number;

  @Column('jsonb')
  document!: unknown;

  @Column('timestamptz')
  updatedAt!: Date;

  /** Null for the seeded default. */
  @Column('uuid', { nullable: true })
  updatedBy!: string | null;
}
