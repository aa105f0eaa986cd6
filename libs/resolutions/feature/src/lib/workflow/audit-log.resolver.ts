import { Args, Query, Resolver } from '@nestjs/graphql';
import { pageWindow, Public, toConnection, type Connection } from '@civic/platform';
import { canonicalJson } from '@civic/resolutions-domain';
import { requireUuid } from '@civic/util';
import { AuditEntryConnection, AuditChainVerificationType, toAuditChainVerificationType, toAuditEntryType, type AuditEntryType } from './audit-entry.type';
import { ResolutionAuditLogArgs } from './audit-log.args';
import { AuditLogService } from './audit-log.service';

/** The audit log is public: anyone may read a resolution's entries and verify the whole chain. */
@Public()
@Resolver()
export class AuditLogResolver {
  private inFlight: Promise<AuditChainVerificationType> | null = null;

  constructor(private readonly audit: AuditLogService) {}

  @Query(() => AuditEntryConnection, { description: 'A resolution’s entries in the hash-chained audit log, oldest first.' })
  async resolutionAuditLog(@Args() args: ResolutionAuditLogArgs): Promise<Connection<AuditEntryType>> {
    const window = pageWindow(args);
    const [rows, total] = await this.audit.pageForResolution(requireUuid(args.resolutionId, 'resolutionId'), window.offset, window.limit);
    return toConnection(
      rows.map((row) => toAuditEntryType(row, canonicalJson(row.data))),
      total,
      window,
    );
  }

  @Query(() => AuditChainVerificationType, { description: 'Recomputes every hash of the audit log in order and reports the first entry that does not verify.' })
  verifyResolutionAuditChain(): Promise<AuditChainVerificationType> {
    // Callers arriving during a run share it: the log is read once however many ask at once.
    this.inFlight ??= this.audit
      .verify()
      .then(toAuditChainVerificationType)
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }
}
