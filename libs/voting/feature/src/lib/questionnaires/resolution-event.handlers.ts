import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventHandlerRegistry } from '@civic/data-access';
import { ResolutionQuestionsService } from './resolution-questions.service';

/** The resolutions pipeline's events, turned into questionnaire questions. */
@Injectable()
export class ResolutionEventHandlers implements OnModuleInit {
  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly questions: ResolutionQuestionsService,
  ) {}

  onModuleInit(): void {
    this.registry
      .handler('resolutions.introduced', (payload, envelope, manager) => this.questions.introduced(manager, payload, envelope.id))
      .handler('resolutions.question-approved', (payload, envelope, manager) => this.questions.approved(manager, payload, envelope.id));
  }
}
