import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventHandlerRegistry } from '@civic/data-access';
import { RecordCountyResultService } from './record-county-result.service';
import { RecordStatewideResultService } from './record-statewide-result.service';

/** The voting service's certified results move resolutions along the pipeline. */
@Injectable()
export class VotingEventHandlers implements OnModuleInit {
  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly countyResults: RecordCountyResultService,
    private readonly statewideResults: RecordStatewideResultService,
  ) {}

  onModuleInit(): void {
    this.registry
      .handler('voting.county-resolution-result', (payload, envelope, manager) => this.countyResults.record(manager, payload, envelope.id))
      .handler('voting.question-result', (payload, envelope, manager) => this.statewideResults.record(manager, payload, envelope.id));
  }
}
