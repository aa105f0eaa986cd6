import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A congress-wide term extension: a year's elections cancelled, every term in office one year longer. */
@Entity({ name: 'term_extension' })
export class TermExtensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  congressId!: string;

  @Column('int')
  cancelledYear!: number;

  @Column('text')
  reason!: string;

  @Column('uuid')
  extendedBy!: string;

  @Column('timestamptz')
  extendedAt!: Date;

  @Column('int')
  tenuresExtended!: number;
}
