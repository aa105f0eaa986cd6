import { randomUUID } from 'node:crypto';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, demoAccountId, demoResidentEmail, type DemoReferenceData } from '@civic/contracts';
import { ResidentRepository } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import {
  DeclaredConflictRepository,
  ResolutionEntity,
  ResolutionLookupRepository,
  RuleResolutionRepository,
  VotingResultRepository,
} from '@civic/resolutions-data-access';
import { hasEffect, transitionsFrom, type TransitionCommand, type TransitionDefinition } from '@civic/resolutions-domain';
import { CommentOnResolutionService, commentsProviders, HideResolutionCommentService } from '../comments';
import { StageDeadlineScheduler } from '../deadline-queue';
import { ApplyThreeTwoRuleService, RecordCountyResultService, RecordStatewideResultService } from '../events';
import { ResolutionKindValue } from '../resolutions';
import { FileImplementationReportService, MergeResolutionsService, recordsProviders } from '../records';
import {
  configureWisconsinCycle,
  startOfLocalDay,
  SubmissionClock,
  submissionProviders,
  SubmitResolutionService,
  WISCONSIN_CYCLE_TIME_ZONE,
} from '../submission';
import { PipelineService, TransitionResolutionService, workflowProviders } from '../workflow';

/**
 * The demo's citizen resolutions: two past cycles and the coming one, with resolutions held
 * at every stage of the Wisconsin pipeline. Everything goes through the real use cases
 * (submission, transitions, merge, results as the voting service reports them), so the
 * transitions, versions, events and the audit chain are what the running platform would
 * have written. Idempotent: a database that already holds resolutions is left alone.
 */
export async function seedResolutionsDemo(dataSource: DataSource, demo: DemoReferenceData): Promise<void> {
  const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM "resolutions"."resolution"`)) as [{ count: number }];
  if (count > 0) return;
  const context = await NestFactory.createApplicationContext(seedModule(dataSource), { logger: false });
  try {
    await new DemoScript(context, dataSource, demo).run();
  } finally {
    await context.close();
  }
}

/** The submission clock the script moves to a day inside each cycle's window. */
class SeedClock extends SubmissionClock {
  at: Date | null = null;
  override now(): Date {
    return this.at ?? new Date();
  }
}

/** Deadlines of seeded stages are left to the service's sweep, which finds them once due (no Redis here). */
class SweepLeftScheduler extends StageDeadlineScheduler {
  schedule(): void {
    // Intentionally empty: see the class comment.
  }
}

function seedModule(dataSource: DataSource) {
  const clock = new SeedClock();
  @Module({
    providers: [
      { provide: getDataSourceToken(), useValue: dataSource },
      { provide: SubmissionClock, useValue: clock },
      { provide: StageDeadlineScheduler, useClass: SweepLeftScheduler },
      ResidentRepository,
      ResolutionLookupRepository,
      ...workflowProviders,
      ...submissionProviders.filter((provider) => provider !== SubmissionClock),
      ...recordsProviders,
      ...commentsProviders,
      DeclaredConflictRepository,
      VotingResultRepository,
      RuleResolutionRepository,
      RecordCountyResultService,
      RecordStatewideResultService,
      ApplyThreeTwoRuleService,
    ],
  })
  class ResolutionsSeedModule {}
  return ResolutionsSeedModule;
}

/**
 * The moves the platform reads from the pipeline's declarations, found the same way here
 * (the other steps name the Wisconsin default's transitions, which the demo walks through).
 */
const OPENS_COUNTY_VOTE = (transition: TransitionDefinition) => hasEffect(transition, 'opens-county-vote');
const PUTS_QUESTION_ON_QUESTIONNAIRE = (transition: TransitionDefinition) => hasEffect(transition, 'puts-question-on-questionnaire');
const CONVENTION_ADOPTS = (transition: TransitionDefinition) => transition.takenWhen?.event === 'roll-call-passed';
const CONVENTION_REJECTS = (transition: TransitionDefinition) => transition.takenWhen?.event === 'roll-call-failed';

interface DemoPerson extends AuthenticatedUser {
  countyCode: string;
}

class DemoScript {
  private readonly clock: SeedClock;
  private readonly staff: AuthenticatedUser = {
    accountId: demoAccountId(DEMO_ACCOUNTS.staff.email),
    roles: ['staff'],
    tokenId: undefined,
    displayName: 'Demo Staff',
  };
  /** The government board's member, who records the board's responses. */
  private readonly board: AuthenticatedUser = {
    accountId: demoAccountId(DEMO_ACCOUNTS.board.email),
    roles: ['resident', 'board'],
    tokenId: undefined,
    displayName: 'Demo Board Member',
  };

  constructor(
    private readonly context: INestApplicationContext,
    private readonly dataSource: DataSource,
    private readonly demo: DemoReferenceData,
  ) {
    this.clock = context.get(SubmissionClock) as SeedClock;
  }

  async run(): Promise<void> {
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      await configureWisconsinCycle(manager, 2025);
      await configureWisconsinCycle(manager, 2026);
      // The coming cycle opens today in the demo (officially January 5) so residents can try submitting.
      const official = startOfLocalDay(2027, 1, 5, WISCONSIN_CYCLE_TIME_ZONE);
      await configureWisconsinCycle(manager, 2027, { windowOpensAt: now < official ? now : official });
    });

    // ---- 2025: resolutions that went the whole way (questionnaire 2026, convention, board) ----
    this.clock.at = startOfLocalDay(2025, 1, 20, WISCONSIN_CYCLE_TIME_ZONE);
    const sturgeon = await this.submit(
      '55139',
      1,
      'Restore lake sturgeon spawning reefs on the Wolf River',
      'The Conservation Congress asks the Department to rebuild lake sturgeon spawning reefs on the Wolf River system and to publish the spring run counts every year.',
      'Fisheries',
    );
    const blaze = await this.submit(
      '55073',
      1,
      'Allow blaze pink as well as blaze orange',
      'The Conservation Congress recommends that hunters may wear blaze pink clothing in place of blaze orange during firearm deer seasons.',
      'Hunting',
      ResolutionKindValue.RULE_CHANGE,
    );
    const muzzle = await this.submit(
      '55009',
      1,
      'Extend the muzzleloader season by a week',
      'The Conservation Congress recommends extending the December muzzleloader deer season from ten to seventeen days.',
      'Hunting',
      ResolutionKindValue.RULE_CHANGE,
    );
    const boardWait = await this.submit(
      '55079',
      1,
      'Fund boat launch inspections against invasive species',
      'The Conservation Congress asks the Natural Resources Board to fund paid boat launch inspectors on the 100 lakes most at risk from invasive species.',
      'Environment',
    );
    const boardDone = await this.submit(
      '55025',
      1,
      'Publish chronic wasting disease test results by township',
      'The Conservation Congress asks the Department to publish chronic wasting disease test results by township within two weeks of testing.',
      'Wildlife health',
    );
    const convention = await this.submit(
      '55105',
      1,
      'Limit motor size on small wilderness lakes',
      'The Conservation Congress asks the Department to propose a limit on outboard motor size on wilderness lakes under 50 acres.',
      'Recreation',
    );
    const deerText = 'Issue one antlerless deer tag with every deer hunting license in farmland zones.';
    const familyCounties = ['55001', '55003', '55005'];
    const family2025: Array<{ id: string; title: string }> = [];
    for (const county of familyCounties) {
      family2025.push(
        await this.submit(county, 2, 'An antlerless tag with every license', deerText, 'Hunting', ResolutionKindValue.ADVISORY, family2025[0]?.id),
      );
    }

    for (const resolution of [sturgeon, blaze, muzzle, boardWait, boardDone, convention, ...family2025]) {
      await this.stepThat(resolution, OPENS_COUNTY_VOTE);
      await this.countyVote(resolution, 2025, 61, 14);
    }
    for (const resolution of [sturgeon, blaze, muzzle, boardWait, boardDone, convention]) {
      await this.step(resolution, { transition: 'refer-to-committee', committeeCode: 'committee-warm-water' });
      await this.step(resolution, { transition: 'committee-advance', reason: 'The committee supports it as written.', vote: { yes: 9, no: 2, abstain: 1 } });
      await this.step(resolution, { transition: 'council-approve', reason: 'Approved for the 2026 questionnaire.', vote: { yes: 4, no: 1, abstain: 0 } });
      await this.stepThat(resolution, PUTS_QUESTION_ON_QUESTIONNAIRE, {
        notes: 'Legal: within the Department’s authority. Technical: feasible with existing staff; cost estimate attached to the question background.',
        questionText: `Do you support this proposal: ${resolution.title}?`,
      });
      await this.statewideVote(resolution, 2026, 41_200, 17_900, 58);
    }
    await this.stepThat(sturgeon, CONVENTION_ADOPTS, { vote: { yes: 301, no: 42, abstain: 7 } });
    await this.step(sturgeon, {
      transition: 'record-board-response',
      notes: 'The Natural Resources Board directs the Department to plan reef work on the Wolf River in the 2027 budget.',
    });
    await this.step(sturgeon, { transition: 'begin-implementation', notes: 'Two reefs scheduled for 2027 and 2028.' });
    await this.context
      .get(FileImplementationReportService)
      .file(this.staff, { resolutionId: sturgeon.id, year: 2026, text: 'Site surveys finished; reef construction is contracted for summer 2027.' });
    await this.stepThat(blaze, CONVENTION_ADOPTS, { vote: { yes: 255, no: 90, abstain: 5 } });
    await this.step(blaze, { transition: 'record-board-response', notes: 'The board supports blaze pink and asks the legislature to amend the statute.' });
    await this.step(blaze, { transition: 'refer-to-legislature', notes: 'A bill was introduced in the Assembly.' });
    await this.stepThat(muzzle, CONVENTION_REJECTS, { vote: { yes: 120, no: 228, abstain: 2 } });
    await this.stepThat(boardWait, CONVENTION_ADOPTS, { vote: { yes: 280, no: 60, abstain: 10 } });
    await this.stepThat(boardDone, CONVENTION_ADOPTS, { vote: { yes: 310, no: 35, abstain: 5 } });
    await this.step(boardDone, {
      transition: 'record-board-response',
      notes: 'The board asks the Department to publish results by township from next season.',
    });

    // ---- 2026: the cycle under way ----
    this.clock.at = startOfLocalDay(2026, 1, 21, WISCONSIN_CYCLE_TIME_ZONE);
    const rejected = await this.submit('55059', 1, 'Rename Lake Michigan beaches', 'Rename three Kenosha beaches after local families.', 'Other');
    const withdrawn = await this.submit(
      '55063',
      1,
      'Require a trapping education course',
      'The Conservation Congress recommends a mandatory trapper education course for all first-time trappers.',
      'Trapping',
      ResolutionKindValue.RULE_CHANGE,
    );
    const awaitingReferral = await this.submit(
      '55117',
      1,
      'Stock more walleye in Lake Winnebago',
      'The Conservation Congress asks the Department to double walleye fingerling stocking in the Winnebago system.',
      'Fisheries',
    );
    const failed = await this.submit(
      '55127',
      1,
      'Open a spring turkey season for youth only',
      'The Conservation Congress recommends a youth-only spring turkey period before the regular season.',
      'Hunting',
      ResolutionKindValue.RULE_CHANGE,
    );
    const inCommittee = await this.submit(
      '55035',
      1,
      'Protect cold-water trout streams from high-capacity wells',
      'The Conservation Congress asks the Department to review high-capacity well permits within two miles of class I trout streams.',
      'Fisheries',
    );
    const committeeRejected = await this.submit(
      '55111',
      1,
      'Allow baiting for deer statewide',
      'The Conservation Congress recommends allowing deer baiting statewide, including in chronic wasting disease counties.',
      'Hunting',
      ResolutionKindValue.RULE_CHANGE,
    );
    const leadA = await this.submit(
      '55025',
      2,
      'Ban lead fishing tackle',
      'The Conservation Congress recommends banning the sale of lead fishing tackle under one ounce to protect loons.',
      'Fisheries',
      ResolutionKindValue.RULE_CHANGE,
    );
    const leadB = await this.submit(
      '55021',
      1,
      'Phase out lead sinkers',
      'The Conservation Congress recommends phasing out lead sinkers and jigs to protect loons and swans.',
      'Fisheries',
      ResolutionKindValue.RULE_CHANGE,
    );
    const councilReview = await this.submit(
      '55093',
      1,
      'Create a wetland restoration grant for landowners',
      'The Conservation Congress asks the Department to create a cost-share grant for private wetland restoration.',
      'Habitat',
    );
    const councilRejected = await this.submit(
      '55141',
      1,
      'Close all state land to motorized vehicles',
      'The Conservation Congress asks that all state land be closed to motorized vehicles year-round.',
      'Recreation',
    );
    const agencyReview = await this.submit(
      '55097',
      1,
      'Count snowy owls in a winter survey',
      'The Conservation Congress asks the Department to add snowy owls to the winter raptor survey.',
      'Wildlife',
    );
    const questionnaire = await this.submit(
      '55085',
      1,
      'Require life jackets for children on all boats',
      'The Conservation Congress recommends that children under 13 wear a life jacket on any moving boat.',
      'Safety',
      ResolutionKindValue.RULE_CHANGE,
    );
    const family2026: Array<{ id: string; title: string }> = [];
    for (const county of familyCounties) {
      family2026.push(
        await this.submit(county, 3, 'An antlerless tag with every license', deerText, 'Hunting', ResolutionKindValue.ADVISORY, family2025[0]?.id),
      );
    }

    await this.step(rejected, {
      transition: 'reject-at-screening',
      reason: 'Not of statewide impact and outside the congress’s mission: naming beaches is a local decision.',
    });
    await this.step(withdrawn, { transition: 'withdraw', reason: 'The author will resubmit next year with a cost estimate.' });
    for (const resolution of [
      awaitingReferral,
      failed,
      inCommittee,
      committeeRejected,
      leadA,
      leadB,
      councilReview,
      councilRejected,
      agencyReview,
      questionnaire,
      ...family2026,
    ]) {
      await this.stepThat(resolution, OPENS_COUNTY_VOTE);
      await this.countyVote(resolution, 2026, resolution === failed ? 12 : 48, resolution === failed ? 30 : 11);
    }
    // By now the 3:2 rule has sent the antlerless-tag resolution straight to the 2027 questionnaire.
    for (const resolution of [inCommittee, committeeRejected, leadA, leadB, councilReview, councilRejected, agencyReview, questionnaire]) {
      await this.step(resolution, {
        transition: 'refer-to-committee',
        committeeCode: resolution === inCommittee ? 'committee-warm-water' : 'committee-big-game-study',
      });
    }
    await this.step(committeeRejected, {
      transition: 'committee-reject',
      reason: 'Baiting spreads chronic wasting disease; the committee will not advance it.',
      vote: { yes: 2, no: 8, abstain: 0 },
      minorityReport: 'Two members argue that baiting bans are not enforced and should be revisited.',
    });
    await this.context.get(MergeResolutionsService).merge(this.staff, {
      sourceIds: [leadA.id, leadB.id],
      newResolution: {
        title: 'Phase out lead fishing tackle',
        text: 'The Conservation Congress recommends phasing out lead sinkers and jigs under one ounce to protect loons and swans.',
        topic: 'Fisheries',
        kind: ResolutionKindValue.RULE_CHANGE,
        countyCode: '55025',
      },
      reason: 'Two resolutions ask for the same thing; the committee merged them.',
      vote: { yes: 10, no: 0, abstain: 1 },
    });
    for (const resolution of [councilReview, councilRejected, agencyReview, questionnaire]) {
      await this.step(resolution, { transition: 'committee-advance', reason: 'Advanced by the committee.', vote: { yes: 7, no: 3, abstain: 0 } });
    }
    await this.step(councilRejected, {
      transition: 'council-reject',
      reason: 'Too broad: it would close roads that hunters with disabilities rely on.',
      vote: { yes: 1, no: 4, abstain: 0 },
    });
    for (const resolution of [agencyReview, questionnaire]) {
      await this.step(resolution, { transition: 'council-approve', reason: 'Approved for the agency’s review.', vote: { yes: 5, no: 0, abstain: 0 } });
    }
    await this.stepThat(questionnaire, PUTS_QUESTION_ON_QUESTIONNAIRE, {
      notes: 'Legal: requires a statute change for boats under 16 feet. Technical: enforcement through existing boating patrols.',
      questionText: 'Should children under 13 be required to wear a life jacket on any moving boat?',
    });

    // Public comment on the one before its committee, and one comment hidden with a reason.
    await this.comment(inCommittee, '55035', 2, 'Our spring creek dropped a foot after the new well went in. Please review these permits.');
    const hidden = await this.comment(inCommittee, '55035', 3, 'Buy my irrigation equipment at a discount: call now!');
    await this.context.get(HideResolutionCommentService).hide(this.staff, { commentId: hidden, reason: 'Advertising, not a comment on the resolution.' });

    // ---- 2027: the coming cycle (window open in the demo) ----
    this.clock.at = null;
    await this.submit(
      '55025',
      3,
      'Create a youth fishing mentor program',
      'The Conservation Congress asks the Department to pair first-time young anglers with volunteer mentors at state parks.',
      'Outdoor heritage',
    );
    const introduced = await this.submit(
      '55133',
      1,
      'Add fall turkey hunting to state parks',
      'The Conservation Congress recommends opening state parks to fall turkey hunting in October.',
      'Hunting',
      ResolutionKindValue.RULE_CHANGE,
    );
    await this.stepThat(introduced, OPENS_COUNTY_VOTE);
  }

  private person(countyCode: string, n: number): DemoPerson {
    const county = this.demo.jurisdictions.find((jurisdiction) => jurisdiction.code === countyCode);
    const email = demoResidentEmail(countyCode, n);
    return { accountId: demoAccountId(email), roles: ['resident'], tokenId: undefined, displayName: `${county?.name ?? countyCode} Resident ${n}`, countyCode };
  }

  /** Identity's residency events arrive once the services run; the seed knows these residents already. */
  private async ensureResident(manager: EntityManager, person: DemoPerson): Promise<void> {
    await this.context.get(ResidentRepository).save(
      manager,
      {
        accountId: person.accountId,
        jurisdictionCode: person.countyCode,
        status: 'verified',
        verifiedAt: new Date('2020-01-01T00:00:00Z'),
        effectiveAt: new Date('2020-01-01T00:00:00Z'),
        displayName: person.displayName ?? null,
      },
      randomUUID(),
    );
  }

  private async submit(
    countyCode: string,
    n: number,
    title: string,
    text: string,
    topic: string,
    kind = ResolutionKindValue.ADVISORY,
    sameAsResolutionId?: string,
  ): Promise<{ id: string; title: string }> {
    const author = this.person(countyCode, n);
    await this.dataSource.transaction((manager) => this.ensureResident(manager, author));
    const { resolution } = await this.context
      .get(SubmitResolutionService)
      .submit(author, { title, text, topic, kind, ...(sameAsResolutionId ? { sameAsResolutionId } : {}) });
    return { id: resolution.id, title: resolution.title };
  }

  private async step(resolution: { id: string }, command: TransitionCommand): Promise<void> {
    // The board records its own responses; staff take every other step.
    const user = command.transition === 'record-board-response' ? this.board : this.staff;
    await this.context.get(TransitionResolutionService).transition({ kind: 'person', user }, { resolutionId: resolution.id, ...command });
  }

  /** Staff take the transition of the resolution's own pipeline version, from its stage, that `declares` a move. */
  private async stepThat(
    resolution: { id: string },
    declares: (transition: TransitionDefinition) => boolean,
    inputs: Omit<TransitionCommand, 'transition'> = {},
  ): Promise<void> {
    const row = await this.dataSource.getRepository(ResolutionEntity).findOneByOrFail({ id: resolution.id });
    const { definition } = await this.context.get(PipelineService).pipelineVersion(undefined, row.pipelineVersion);
    const transition = transitionsFrom(definition, row.stage).find(declares);
    if (!transition) throw new Error(`the demo's pipeline (version ${row.pipelineVersion}) declares no such move from "${row.stage}"`);
    await this.step(resolution, { ...inputs, transition: transition.code });
  }

  /** A county's certified vote, as the voting service reports it (the event's handler runs it). */
  private async countyVote(resolution: { id: string }, year: number, yes: number, no: number): Promise<void> {
    const row = await this.dataSource.getRepository(ResolutionEntity).findOneByOrFail({ id: resolution.id });
    await this.dataSource.transaction((manager) =>
      this.context.get(RecordCountyResultService).record(
        manager,
        {
          resultId: randomUUID(),
          resolutionId: row.id,
          countyCode: row.countyCode,
          year,
          yes,
          no,
          abstain: 3,
          passed: yes > no,
          certifiedAt: new Date().toISOString(),
        },
        randomUUID(),
      ),
    );
  }

  private async statewideVote(resolution: { id: string }, year: number, yes: number, no: number, countiesInFavour: number): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.context.get(RecordStatewideResultService).record(
        manager,
        {
          resultId: randomUUID(),
          questionId: randomUUID(),
          resolutionId: resolution.id,
          year,
          yes,
          no,
          abstain: 900,
          countiesInFavour,
          countiesCounted: 72,
          passed: yes > no,
          certifiedAt: new Date().toISOString(),
        },
        randomUUID(),
      ),
    );
  }

  private async comment(resolution: { id: string }, countyCode: string, n: number, body: string): Promise<string> {
    const author = this.person(countyCode, n);
    await this.dataSource.transaction((manager) => this.ensureResident(manager, author));
    return (await this.context.get(CommentOnResolutionService).comment(author, { resolutionId: resolution.id, body })).id;
  }
}
