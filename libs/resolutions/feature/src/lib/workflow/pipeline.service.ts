import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { parsePipelineDefinition, WISCONSIN_PIPELINE, type PipelineDefinition, type PipelineProblem } from '@civic/resolutions-domain';
import { ConfirmationGate } from '@civic/data-access';
import { PipelineVersionRepository, type PipelineVersionEntity } from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { actorName } from '../resolutions';
import { AuditLogService } from './audit-log.service';

/** A published version of the pipeline. */
export interface PublishedPipeline {
  version: number;
  definition: PipelineDefinition;
  reason: string;
  publishedBy: string | null;
  publishedAt: Date;
}

export const DEFAULT_PIPELINE_REASON = 'The Wisconsin default';

/** Largest pipeline document staff may publish (the Wisconsin default is about 20 KB). */
const MAX_DEFINITION_LENGTH = 200_000;

/**
 * The congress's pipeline versions. The first read of an empty table installs the Wisconsin
 * default as version 1. Published versions never change, so each is cached once read.
 */
@Injectable()
export class PipelineService {
  private readonly versions = new Map<number, PublishedPipeline>();

  constructor(
    private readonly pipelines: PipelineVersionRepository,
    private readonly audit: AuditLogService,
    private readonly confirmations: ConfirmationGate,
  ) {}

  /** The version new resolutions enter with (the latest published). */
  async currentPipeline(manager: EntityManager = this.pipelines.manager): Promise<PublishedPipeline> {
    let latest = await this.pipelines.latest(manager);
    if (!latest) {
      // Concurrent first reads both try; ON CONFLICT lets one insert and the other find it.
      await this.pipelines.insertIfAbsent(manager, { version: 1, definition: WISCONSIN_PIPELINE, reason: DEFAULT_PIPELINE_REASON, publishedBy: null });
      latest = await this.pipelines.latest(manager);
      if (!latest) throw new Error('the default pipeline could not be installed');
    }
    return this.remember(latest);
  }

  /** A resolution's own version (it keeps the one it entered with). */
  async pipelineVersion(manager: EntityManager = this.pipelines.manager, version: number): Promise<PublishedPipeline> {
    const cached = this.versions.get(version);
    if (cached) return cached;
    if (version === 1) await this.currentPipeline(manager);
    const row = await this.pipelines.byVersion(manager, version);
    if (!row) throw new DomainError(ErrorCode.NOT_FOUND, `Pipeline version ${version} was not found.`, { version });
    return this.remember(row);
  }

  /**
   * Publishes a new version; resolutions already under way keep theirs. Congress-wide: an
   * admin, or staff with a second staff member's confirmation of the same definition and reason.
   */
  async publish(user: AuthenticatedUser, definitionJson: string, reason: string): Promise<PublishedPipeline> {
    const why = reason.trim();
    if (why.length === 0 || why.length > 2_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'reason must be 1–2000 characters.', { field: 'reason' });
    if (definitionJson.length > MAX_DEFINITION_LENGTH) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `definitionJson must be at most ${MAX_DEFINITION_LENGTH} characters.`, { field: 'definitionJson' });
    }
    let json: unknown;
    try {
      json = JSON.parse(definitionJson);
    } catch {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'definitionJson is not valid JSON.', {
        field: 'definitionJson',
        problems: [{ path: '', message: 'not valid JSON' }],
      });
    }
    const parsed = parsePipelineDefinition(json);
    if (!parsed.ok) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, pipelineProblemsMessage(parsed.problems), { field: 'definitionJson', problems: parsed.problems });
    }
    const guarded = { operation: 'publishResolutionPipeline', input: { definition: json, reason: why }, caller: user };
    const published = await this.confirmations.run(guarded, async (manager) => {
      await this.currentPipeline(manager);
      await this.pipelines.lockPublishers(manager);
      const latest = await this.pipelines.latest(manager);
      const version = (latest?.version ?? 0) + 1;
      await this.pipelines.insertIfAbsent(manager, { version, definition: parsed.pipeline, reason: why, publishedBy: user.accountId });
      const row = await this.pipelines.byVersion(manager, version);
      if (!row) throw new Error(`pipeline version ${version} was not stored`);
      await this.audit.append(manager, {
        resolutionId: null,
        kind: 'pipeline-published',
        actor: { kind: 'person', id: user.accountId, name: actorName(user) },
        data: { version, name: parsed.pipeline.name, reason: why },
      });
      return row;
    });
    return this.remember(published);
  }

  private remember(row: PipelineVersionEntity): PublishedPipeline {
    const cached = this.versions.get(row.version);
    if (cached) return cached;
    const pipeline: PublishedPipeline = {
      version: row.version,
      definition: row.definition,
      reason: row.reason,
      publishedBy: row.publishedBy,
      publishedAt: row.publishedAt,
    };
    this.versions.set(row.version, pipeline);
    return pipeline;
  }
}

/** The refusal's message names the first problem (all of them are in `extensions.problems`, each with its path). */
export function pipelineProblemsMessage(problems: readonly PipelineProblem[]): string {
  const [first] = problems;
  if (!first) return 'The pipeline is not valid.';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return `The pipeline is not valid: ${first.path ? `${first.path}: ` : ''}${first.message}${more}.`;
}
