import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A node of the jurisdiction tree: the region, a district, a county (constituent area). */
@Entity({ name: 'jurisdiction' })
@Index('jurisdiction_parent_idx', ['parentId'])
export class JurisdictionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  congressId!: string;

  /** Stable public code (FIPS for US counties); unique across the platform. */
  @Column('text', { unique: true })
  code!: string;

  @Column('text')
  name!: string;

  @Column('int')
  tierLevel!: number;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @Column('int', { nullable: true })
  population!: number | null;

  @Column('text', { nullable: true })
  seat!: string | null;
}
