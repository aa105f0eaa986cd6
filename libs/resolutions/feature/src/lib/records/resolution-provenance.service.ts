import { Injectable } from '@nestjs/common';
import { ResolutionLookupRepository, ResolutionRecordsRepository } from '@civic/resolutions-data-access';
import { isUuid, notFound } from '@civic/util';
import { toResolutionType } from '../resolutions';
import type { ProvenanceStepType, ResolutionProvenanceType } from './transition-step.type';
import { TransitionStepsService } from './transition-steps.service';

/**
 * A resolution's whole path: every step it took, in every cycle year, and every step of the
 * resolutions merged into it (and into those, recursively), in the order they happened,
 * each with the votes behind it.
 */
@Injectable()
export class ResolutionProvenanceService {
  constructor(
    private readonly records: ResolutionRecordsRepository,
    private readonly resolutions: ResolutionLookupRepository,
    private readonly steps: TransitionStepsService,
  ) {}

  async provenance(id: string): Promise<ResolutionProvenanceType> {
    const root = isUuid(id) ? await this.resolutions.findById(id.toLowerCase()) : null;
    if (!root) throw notFound('The resolution', { id });
    const lineage = await this.records.lineageIds(root.id);
    const [rows, resolutions] = await Promise.all([this.records.transitions(lineage), this.resolutions.findByIds(lineage)]);
    const numberOf = new Map(resolutions.map((row) => [row.id, row.number]));
    const steps: ProvenanceStepType[] = (await this.steps.toSteps(rows)).map((step) => ({
      ...step,
      resolutionNumber: numberOf.get(step.resolutionId) ?? '',
    }));
    steps.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.resolutionNumber.localeCompare(b.resolutionNumber) || a.sequence - b.sequence);
    return { resolution: toResolutionType(root), steps };
  }
}
