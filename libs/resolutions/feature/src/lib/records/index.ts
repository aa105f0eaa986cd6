// The public record: reading and listing resolutions, their provenance, merging, implementation reports, the staff queue.
export { FileImplementationReportService } from './file-implementation-report.service';
export { MergeResolutionsService } from './merge-resolutions.service';
export { RecordsModule, recordsProviders, recordsResolvers } from './records.module';
