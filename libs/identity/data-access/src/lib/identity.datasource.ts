import type { DataSourceOptions } from 'typeorm';
import { InboxEventEntity, OutboxEventEntity, serviceDataSourceOptions, type ServicePrivileges } from '@civic/data-access';
import { AccountEntity } from './accounts';
import { RefreshTokenEntity } from './sessions';
import { SigningKeyEntity } from './keys';
import { VoterCodeEntity, VoterRollEntryEntity, VoterRollImportEntity } from './voter-roll';
import { AccountTokenEntity } from './verification';
import { MailOutboxEntity } from './mail';
import { RoleChangeEntity } from './roles';
import { CreateIdentitySchema1795219100000 } from '../migrations/1795219100000-CreateIdentitySchema';
import { AddAccountVerificationMailAndVoterCodes1795219450000 } from '../migrations/1795219450000-AddAccountVerificationMailAndVoterCodes';
import { AddRoleGrantsAndHistory1795219480000 } from '../migrations/1795219480000-AddRoleGrantsAndHistory';

export const IDENTITY_SCHEMA = 'identity';

export const IDENTITY_ENTITIES = [
  AccountEntity,
  RefreshTokenEntity,
  SigningKeyEntity,
  VoterRollImportEntity,
  VoterRollEntryEntity,
  VoterCodeEntity,
  AccountTokenEntity,
  MailOutboxEntity,
  RoleChangeEntity,
  OutboxEventEntity,
  InboxEventEntity,
];

/** The identity service's datasource, used by the app and by the migration CLI alike. */
export function identityDataSourceOptions(databaseUrl: string, poolSize?: number): DataSourceOptions {
  return serviceDataSourceOptions(databaseUrl, {
    schema: IDENTITY_SCHEMA,
    entities: IDENTITY_ENTITIES,
    migrations: [CreateIdentitySchema1795219100000, AddAccountVerificationMailAndVoterCodes1795219450000, AddRoleGrantsAndHistory1795219480000],
    ...(poolSize ? { poolSize } : {}),
  });
}

/**
 * What identity's database role may do in its schema (see @civic/data-access database-roles).
 * Append-only: the history of role grants and revokes (sessions and keys rotate).
 */
export const identityPrivileges: ServicePrivileges = { schema: IDENTITY_SCHEMA, appendOnly: ['role_change'] };
