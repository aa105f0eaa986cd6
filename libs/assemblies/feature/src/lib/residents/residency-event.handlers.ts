import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventHandlerRegistry } from '@civic/data-access';
import { RecordResidencyService } from './record-residency.service';

/** Identity's residency events, applied to the residents read model (who may vote at which county meeting). */
@Injectable()
export class ResidencyEventHandlers implements OnModuleInit {
  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly residency: RecordResidencyService,
  ) {}

  onModuleInit(): void {
    this.registry
      .handler('identity.resident-verified', (payload, envelope, manager) =>
        this.residency.record(
          manager,
          { kind: 'verified', accountId: payload.accountId, jurisdictionCode: payload.jurisdictionCode, at: new Date(payload.verifiedAt) },
          envelope.id,
        ),
      )
      .handler('identity.residency-revoked', (payload, envelope, manager) =>
        this.residency.record(
          manager,
          { kind: 'revoked', accountId: payload.accountId, jurisdictionCode: payload.jurisdictionCode, at: new Date(payload.revokedAt) },
          envelope.id,
        ),
      );
  }
}
