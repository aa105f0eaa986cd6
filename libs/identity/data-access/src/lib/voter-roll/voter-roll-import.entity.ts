import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { VoterRollRejection } from '@civic/identity-domain';

/** The report of one voter-roll import, kept for staff to consult later. */
@Entity({ name: 'voter_roll_import' })
export class VoterRollImportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  importedBy!: string;

  @Column('text', { nullable: true })
  fileName!: string | null;

  @Column('int')
  accepted!: number;

  @Column('int')
  rejected!: number;

  /** Accepted rows whose voter id was new to the roll (the others updated their entry). */
  @Column('int')
  added!: number;

  @Column('jsonb')
  rejections!: VoterRollRejection[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
