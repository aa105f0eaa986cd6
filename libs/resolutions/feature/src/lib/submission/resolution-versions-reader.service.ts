import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ErrorCode } from '@civic/contracts';
import { diffWords } from '@civic/resolutions-domain';
import { ResolutionLookupRepository, SubmissionRepository, type ResolutionVersionEntity } from '@civic/resolutions-data-access';
import { DomainError, notFound, requireUuid } from '@civic/util';
import type { DiffOpValue, ResolutionVersionComparisonType, ResolutionVersionType } from './resolution-version.type';

/** Reads of resolutions' versions. Request-scoped so that a list of resolutions loads its versions in one query. */
@Injectable({ scope: Scope.REQUEST })
export class ResolutionVersionsReader {
  private readonly versions = new DataLoader<string, ResolutionVersionEntity[]>(async (ids) => {
    const rows = await this.submissions.versionsOf(ids);
    return ids.map((id) => rows.filter((row) => row.resolutionId === id));
  });

  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly resolutions: ResolutionLookupRepository,
  ) {}

  async versionsOf(resolutionId: string): Promise<ResolutionVersionType[]> {
    return (await this.versions.load(resolutionId)).map(toVersionType);
  }

  async compare(resolutionIdInput: string, from: number, to: number): Promise<ResolutionVersionComparisonType> {
    const resolutionId = requireUuid(resolutionIdInput, 'resolutionId');
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!Number.isInteger(value) || value < 1) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a version number (1 or more).`, { field });
    }
    const [before, after] = await Promise.all([this.submissions.findVersion(resolutionId, from), this.submissions.findVersion(resolutionId, to)]);
    if (!before || !after) {
      const resolution = await this.resolutions.findById(resolutionId);
      if (!resolution) throw notFound('The resolution', { resolutionId });
      throw notFound(`Version ${before ? to : from} of the resolution`, { field: before ? 'to' : 'from', latestVersion: resolution.textVersion });
    }
    return {
      resolutionId,
      from: toVersionType(before),
      to: toVersionType(after),
      titleChanged: before.title !== after.title,
      titleDiff: diffWords(before.title, after.title).map((part) => ({ op: part.op as DiffOpValue, text: part.text })),
      diff: diffWords(before.text, after.text).map((part) => ({ op: part.op as DiffOpValue, text: part.text })),
    };
  }
}

export function toVersionType(row: ResolutionVersionEntity): ResolutionVersionType {
  return {
    resolutionId: row.resolutionId,
    version: row.version,
    title: row.title,
    text: row.text,
    editorName: row.editorName,
    note: row.note,
    editedAt: row.editedAt,
  };
}
