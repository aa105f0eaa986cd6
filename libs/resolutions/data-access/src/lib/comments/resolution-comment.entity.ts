import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A public comment. Never deleted (a rule in the database drops deletes); staff may hide it with a reason. */
@Entity({ name: 'resolution_comment' })
export class ResolutionCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  resolutionId!: string;

  @Column('uuid')
  authorId!: string;

  @Column('text')
  authorName!: string;

  @Column('text')
  body!: string;

  /** The stage the resolution was in when the comment was made. */
  @Column('text')
  stage!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  hiddenAt!: Date | null;

  @Column('uuid', { nullable: true })
  hiddenBy!: string | null;

  @Column('text', { nullable: true })
  hiddenReason!: string | null;
}
