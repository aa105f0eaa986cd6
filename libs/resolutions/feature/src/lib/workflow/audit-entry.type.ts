import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';
import type { AuditEntryEntity } from '@civic/resolutions-data-access';
import type { AuditVerification } from '@civic/resolutions-domain';
import { ActorKindValue } from '../resolutions';

@ObjectType('AuditEntry', { description: 'One entry of the hash-chained audit log: every transition, decision, merge and response.' })
export class AuditEntryType {
  @Field(() => Int, { description: 'Position in the whole log: 1, 2, 3... without gaps.' })
  sequence!: number;

  @Field(() => ID, { nullable: true, description: 'The resolution it is about (none for changes to the pipeline itself).' })
  resolutionId!: string | null;

  @Field({ description: 'What happened, e.g. "transition", "pipeline-published", "deadline-missed".' })
  kind!: string;

  @Field(() => ActorKindValue)
  actorKind!: ActorKindValue;

  @Field()
  actorName!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'The entry’s content as canonical JSON (keys sorted): what the hash covers, with the fields above.' })
  dataJson!: string;

  @Field({ description: 'The hash of the entry before it (64 zeros for the first).' })
  previousHash!: string;

  @Field({ description: 'sha256 (hex) of previousHash, a newline, and the canonical JSON of the entry’s content.' })
  hash!: string;
}

export const AuditEntryConnection = ConnectionType(AuditEntryType, 'AuditEntry');

@ObjectType('AuditChainVerification', { description: 'The result of recomputing every hash of the audit log, in order.' })
export class AuditChainVerificationType {
  @Field()
  valid!: boolean;

  @Field(() => Int)
  entriesChecked!: number;

  @Field(() => String, { nullable: true, description: 'The last entry’s hash, when the chain is valid: publish it to anchor the log.' })
  headHash!: string | null;

  @Field(() => Int, { nullable: true, description: 'The first entry that does not verify.' })
  brokenAtSequence!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'hash-mismatch (the entry was altered), previous-hash-mismatch or sequence-gap (entries removed or reordered).',
  })
  problem!: string | null;
}

export function toAuditEntryType(row: AuditEntryEntity, dataJson: string): AuditEntryType {
  return {
    sequence: Number(row.sequence),
    resolutionId: row.resolutionId,
    kind: row.kind,
    actorKind: row.actorKind as ActorKindValue,
    actorName: row.actorName,
    occurredAt: row.occurredAt,
    dataJson,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

export function toAuditChainVerificationType(result: AuditVerification): AuditChainVerificationType {
  return result.valid
    ? { valid: true, entriesChecked: result.entriesChecked, headHash: result.headHash, brokenAtSequence: null, problem: null }
    : { valid: false, entriesChecked: result.entriesChecked, headHash: null, brokenAtSequence: result.brokenAtSequence, problem: result.problem };
}
