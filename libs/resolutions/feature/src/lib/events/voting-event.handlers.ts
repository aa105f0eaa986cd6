import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventHandlerRegistry } from '@civic/data-access';
import { RecordConventionVoteService } from './record-convention-vote.service';
import { RecordCountyResultService } from './record-county-result.service';
import { RecordStatewideResultService } from './record-statewide-result.service';

/** The voting service's certified results and the convention's roll calls move resolutions along the pipeline. */
@Injectable()
export class VotingEventHandlers implements OnModuleInit {
  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly countyResults: RecordCountyResultService,
    private readonly statewideResults: RecordStatewideResultService,
    private readonly conventionVotes: RecordConventionVoteService,
  ) {}

  onModuleInit(): void {
    this.registry
      .handler('voting.county-resolution-result', (payload, envelope, manager) => this.countyResults.record(manager, payload, envelope.id))
      .handler('voting.question-result', (payload, envelope, manager) => this.statewideResults.record(manager, payload, envelope.id))
      .handler('voting.roll-call-closed', (payload, envelope, manager) => this.conventionVotes.record(manager, payload, envelope.id));
  }
}
