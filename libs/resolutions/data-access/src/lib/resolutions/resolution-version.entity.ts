import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One version of a resolution's text; the first is the submission. */
@Entity({ name: 'resolution_version' })
export class ResolutionVersionEntity {
  @PrimaryColumn('uuid')
  resolutionId!: string;

  @PrimaryColumn('int')
  version!: number;

  @Column('text')
  title!: string;

  @Column('text')
  text!: string;

  @Column('uuid', { nullable: true })
  editedBy!: string | null;

  @Column('text')
  editorName!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  editedAt!: Date;
}
