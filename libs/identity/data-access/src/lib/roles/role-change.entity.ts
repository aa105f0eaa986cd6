import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GrantableRole, RoleChangeAction } from '@civic/identity-domain';

/**
 * One grant or revoke of a role, kept for good: the table is append-only for the service's
 * database role (no UPDATE or DELETE). The account's current roles are on the account.
 */
@Entity({ name: 'role_change' })
export class RoleChangeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Whose role changed. */
  @Column('uuid')
  accountId!: string;

  @Column('text')
  action!: RoleChangeAction;

  @Column('text')
  role!: GrantableRole;

  /** For the clerk role: the counties this change added or removed. */
  @Column('text', { array: true })
  counties!: string[];

  @Column('text')
  reason!: string;

  /** The admin who made the change; null for the demo seed. */
  @Column('uuid', { nullable: true })
  changedBy!: string | null;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
