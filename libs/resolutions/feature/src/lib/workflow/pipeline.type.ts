import { Field, Int, ObjectType } from '@nestjs/graphql';
import {
  canonicalJson,
  transitionsTakenOn,
  type ActorRule,
  type PipelineDefinition,
  type StageDefinition,
  type TransitionDefinition,
  type TransitionRequirements,
  type TransitionTrigger,
} from '@civic/resolutions-domain';
import type { PublishedPipeline } from './pipeline.service';

@ObjectType('PipelineStageDeadline', { description: 'A stage’s deadline: the resolution is flagged publicly when it passes, and may advance by itself.' })
export class PipelineStageDeadlineType {
  @Field({ description: 'committee-decision, board-response or implementation-report.' })
  kind!: string;

  @Field(() => Int, { description: 'Days after entering the stage (a transition may set an explicit date instead).' })
  days!: number;

  @Field(() => String, { nullable: true, description: 'The transition the platform takes when the deadline passes (none: flagged only).' })
  advanceBy!: string | null;
}

@ObjectType('PipelineStage')
export class PipelineStageType {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'agenda-setting, formulation, decision, implementation or monitoring.' })
  phase!: string;

  @Field({ description: 'No transition leaves a terminal stage.' })
  terminal!: boolean;

  @Field({ description: 'The public may comment while a resolution is in this stage.' })
  commentsOpen!: boolean;

  @Field(() => PipelineStageDeadlineType, { nullable: true })
  deadline!: PipelineStageDeadlineType | null;

  @Field({ description: 'Still here at the yearly roll-over, a resolution carries over into the next cycle.' })
  carriesOver!: boolean;

  @Field({ description: 'Implementation reports may be filed while a resolution is here.' })
  acceptsImplementationReports!: boolean;
}

@ObjectType('PipelineActorRule', {
  description: 'Who may take a transition: staff, the author, a member of the referred committee or of a named body, or the platform.',
})
export class PipelineActorRuleType {
  @Field({ description: 'staff, board (a member of the government board), author, referred-committee-member, body-member or system.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'For body-member: the body’s code, e.g. "executive-committee".' })
  bodyCode!: string | null;
}

@ObjectType('PipelineTransitionTrigger', { description: 'The event on which the platform takes a transition by itself.' })
export class PipelineTransitionTriggerType {
  @Field({
    description:
      'county-vote-passed or county-vote-failed (its county vote was certified), statewide-result-certified (its advisory question’s statewide result), ' +
      'roll-call-passed or roll-call-failed (a roll call of the body `bodyCode` on it closed), three-two-rule-met (the pipeline’s 3:2 rule fired for its family).',
  })
  event!: string;

  @Field(() => String, { nullable: true, description: 'For roll-call events: the body whose roll call decides, e.g. "convention".' })
  bodyCode!: string | null;
}

@ObjectType('PipelineTransition')
export class PipelineTransitionType {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => [String], { description: 'The stages it may be taken from.' })
  from!: string[];

  @Field()
  to!: string;

  @Field(() => [PipelineActorRuleType], { description: 'A person may take it when any rule matches (and no conflict of interest bars them).' })
  actors!: PipelineActorRuleType[];

  @Field(() => [String], { description: 'Facts that must hold, e.g. passed-in-county.' })
  conditions!: string[];

  @Field(() => [String], { description: 'What the command must carry: reason, vote, notes, committee, amendedText, questionText.' })
  requires!: string[];

  @Field()
  allowsMinorityReport!: boolean;

  @Field(() => [String], {
    description:
      'What taking it sets off: opens-county-vote (the voting service puts it on its county’s ballot), ' +
      'puts-question-on-questionnaire (its advisory question goes on next year’s statewide questionnaire).',
  })
  effects!: string[];

  @Field(() => PipelineTransitionTriggerType, {
    nullable: true,
    description: 'The event on which the platform takes it by itself; null when only people take it (or a stage deadline names it).',
  })
  takenWhen!: PipelineTransitionTriggerType | null;
}

@ObjectType('PipelineThreeTwoRule', {
  description: 'Passed in the same `counties` counties in `consecutiveYears` consecutive years, a resolution is fast-tracked.',
})
export class PipelineThreeTwoRuleType {
  @Field(() => Int)
  counties!: number;

  @Field(() => Int)
  consecutiveYears!: number;

  @Field({
    description: 'The transition the platform takes when the rule fires (the first whose takenWhen is three-two-rule-met).',
    deprecationReason: 'Read the transitions’ takenWhen: every transition taken on three-two-rule-met.',
  })
  transition!: string;
}

@ObjectType('ResolutionPipeline', { description: 'A published version of the congress’s resolution pipeline. Resolutions keep the version they entered with.' })
export class ResolutionPipelineType {
  @Field(() => Int)
  version!: number;

  @Field()
  name!: string;

  @Field({ description: 'Why this version was published.' })
  reason!: string;

  @Field()
  publishedAt!: Date;

  @Field()
  initialStage!: string;

  @Field(() => [PipelineStageType])
  stages!: PipelineStageType[];

  @Field(() => [PipelineTransitionType])
  transitions!: PipelineTransitionType[];

  @Field(() => PipelineThreeTwoRuleType, { nullable: true })
  threeTwoRule!: PipelineThreeTwoRuleType | null;

  @Field({ description: 'The definition as JSON: edit it and pass it to publishResolutionPipeline for a new version.' })
  definitionJson!: string;
}

export function toStageType(stage: StageDefinition): PipelineStageType {
  return {
    code: stage.code,
    name: stage.name,
    description: stage.description,
    phase: stage.phase,
    terminal: stage.terminal,
    commentsOpen: stage.commentsOpen,
    deadline: stage.deadline ? { kind: stage.deadline.kind, days: stage.deadline.days, advanceBy: stage.deadline.advanceBy ?? null } : null,
    carriesOver: stage.carriesOver === true,
    acceptsImplementationReports: stage.acceptsImplementationReports === true,
  };
}

export function requiredInputs(requires: TransitionRequirements): string[] {
  return (Object.keys(requires) as Array<keyof TransitionRequirements>).filter((field) => requires[field] === true);
}

function toActorRuleType(rule: ActorRule): PipelineActorRuleType {
  return { kind: rule.kind, bodyCode: rule.kind === 'body-member' ? rule.bodyCode : null };
}

export function toTransitionType(transition: TransitionDefinition): PipelineTransitionType {
  return {
    code: transition.code,
    name: transition.name,
    description: transition.description,
    from: [...transition.from],
    to: transition.to,
    actors: transition.actors.map(toActorRuleType),
    conditions: [...transition.conditions],
    requires: requiredInputs(transition.requires),
    allowsMinorityReport: transition.allowsMinorityReport === true,
    effects: [...(transition.effects ?? [])],
    takenWhen: transition.takenWhen ? toTriggerType(transition.takenWhen) : null,
  };
}

function toTriggerType(trigger: TransitionTrigger): PipelineTransitionTriggerType {
  return { event: trigger.event, bodyCode: trigger.bodyCode ?? null };
}

function toThreeTwoRuleType(definition: PipelineDefinition): PipelineThreeTwoRuleType | null {
  const rule = definition.threeTwoRule;
  if (!rule) return null;
  return { counties: rule.counties, consecutiveYears: rule.consecutiveYears, transition: transitionsTakenOn(definition, 'three-two-rule-met')[0]?.code ?? '' };
}

export function toResolutionPipelineType(pipeline: PublishedPipeline): ResolutionPipelineType {
  const { definition } = pipeline;
  return {
    version: pipeline.version,
    name: definition.name,
    reason: pipeline.reason,
    publishedAt: pipeline.publishedAt,
    initialStage: definition.initialStage,
    stages: definition.stages.map(toStageType),
    transitions: definition.transitions.map(toTransitionType),
    threeTwoRule: toThreeTwoRuleType(definition),
    definitionJson: canonicalJson(definition),
  };
}
