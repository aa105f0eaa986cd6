import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, demoAccountId, demoDelegateEmail, demoResidentEmail, type DemoJurisdiction, type DemoReferenceData } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { AssembliesReadModelsRepository, QuestionnaireRepository, RollCallRepository, type Elector } from '@civic/voting-data-access';
import { CONVENTION_BODY_CODE, checkBallot, type QuestionSource } from '@civic/voting-domain';
import { BallotBoxService, BallotQuestionnaires } from '../ballots';
import { ConfirmPaperTotalsService, EnterPaperTotalsService, IssuePaperBallotService } from '../paper-totals';
import {
  AddQuestionnaireQuestionService,
  QuestionnaireStatusService,
  QuestionSource as QuestionSourceValue,
  ResolutionQuestionsService,
  SetResultsPublicationThresholdService,
} from '../questionnaires';
import { CastRollCallVoteService, CloseRollCallService, DeclareRollCallConflictService, RollCallOpener } from '../roll-calls';
import { VotingSeedModule } from './seed.module';
import {
  DEMO_CONFLICT,
  DEMO_COUNTY_RESOLUTION,
  DEMO_PAPER_COUNTIES,
  DEMO_RESULTS_PUBLICATION_THRESHOLD,
  DEMO_ROLL_CALL_TITLE,
  DEMO_STATEWIDE_QUESTIONS,
  DEMO_VOTING_RESIDENTS,
  VOTING_DEMO_YEAR,
  demoChoice,
  demoDraw,
  demoUuid,
} from './voting-demo.data';

export interface VotingDemoOptions {
  /** The questionnaire's and the roll call's congress year (tests use their own). */
  year?: number;
}

/**
 * The voting demo: the year's questionnaire open with statewide questions and a county's
 * citizen resolution, online ballots from two demo residents in every county, and in two
 * counties paper ballots handed to the meeting's walk-ins with their confirmed totals — so live results, county by county, and the receipts
 * bulletin show data — and a closed convention roll call with every demo delegate's named
 * vote, linked to a statewide question so representation compares the two.
 *
 * Everything goes through the real code: questions and opening through their use cases,
 * ballots checked by the ballot rules and written by the ballot box (voter, ballot and
 * tally in one transaction, receipts random), paper totals entered and confirmed by two
 * people, the roll call opened, voted and closed (announcing itself in the outbox) by the
 * roll-call services. What arrives from other services once they run — each resident's
 * county (identity), the delegates (assemblies), the county's citizen resolution
 * (resolutions) — the seed knows already from the demo data and hands over as those events
 * would. Deterministic: the same questions, choices and votes on every fresh database;
 * idempotent: a part already done (or taken over by staff) is left alone.
 */
export async function seedVotingDemo(dataSource: DataSource, demo: DemoReferenceData, options: VotingDemoOptions = {}): Promise<void> {
  const year = options.year ?? VOTING_DEMO_YEAR;
  const context = await NestFactory.createApplicationContext(VotingSeedModule.forDataSource(dataSource), { logger: false });
  try {
    await new VotingDemoScript(context, dataSource, demo, year).run();
  } finally {
    await context.close();
  }
}

class VotingDemoScript {
  private readonly staff = person(DEMO_ACCOUNTS.staff.email, ['staff'], 'Demo Staff');
  private readonly admin = person(DEMO_ACCOUNTS.admin.email, ['admin'], 'Demo Admin');
  private readonly counties: DemoJurisdiction[];

  constructor(
    private readonly context: INestApplicationContext,
    private readonly dataSource: DataSource,
    private readonly demo: DemoReferenceData,
    private readonly year: number,
  ) {
    // Delegates and voters belong to the constituent jurisdictions: the deepest tier.
    const deepest = Math.max(...demo.jurisdictions.map((jurisdiction) => jurisdiction.tierLevel));
    this.counties = demo.jurisdictions.filter((jurisdiction) => jurisdiction.tierLevel === deepest).sort((a, b) => (a.code < b.code ? -1 : 1));
  }

  async run(): Promise<void> {
    if (this.counties.length === 0) return;
    await this.questionnaire();
    await this.conventionRollCall();
  }

  private get<T>(type: new (...args: never[]) => T): T {
    return this.context.get(type);
  }

  // ---- the questionnaire: questions, open, ballots, paper ----

  private async questionnaire(): Promise<void> {
    const existing = await this.get(QuestionnaireRepository).findByYear(this.year);
    // Opened (or further) already: by this seed before, or by staff. Either way, theirs.
    if (existing && existing.status !== 'draft') return;

    const present = new Set(existing ? (await this.get(QuestionnaireRepository).questions(existing.id)).map((question) => question.text) : []);
    for (const question of DEMO_STATEWIDE_QUESTIONS) {
      if (present.has(question.text)) continue;
      await this.get(AddQuestionnaireQuestionService).add(this.staff, {
        year: this.year,
        source: toGraphqlSource(question.source),
        text: question.text,
        background: question.background,
      });
    }
    const local = this.localCounty();
    await this.dataSource.transaction((manager) =>
      this.get(ResolutionQuestionsService).introduced(
        manager,
        {
          resolutionId: demoUuid(`resolution:${this.year}:${local.code}`),
          number: `${this.year}-${DEMO_COUNTY_RESOLUTION.sequence}`,
          title: DEMO_COUNTY_RESOLUTION.title,
          text: DEMO_COUNTY_RESOLUTION.text,
          kind: 'advisory',
          countyCode: local.code,
          year: this.year,
        },
        demoUuid(`event:introduced:${this.year}:${local.code}`),
      ),
    );

    await this.get(SetResultsPublicationThresholdService).set(this.staff, this.year, DEMO_RESULTS_PUBLICATION_THRESHOLD);
    await this.get(QuestionnaireStatusService).open(this.staff, this.year);
    const current = await this.get(BallotQuestionnaires).get(this.year, { fresh: true });
    if (!current) throw new Error(`the ${this.year} questionnaire vanished while seeding`);
    const questions = await this.get(QuestionnaireRepository).questions(current.questionnaire.id);
    const leanOf = (text: string, countyCode: string | null) =>
      countyCode === null
        ? DEMO_STATEWIDE_QUESTIONS.find((question) => question.text === text)?.lean
        : countyCode === local.code && text === DEMO_COUNTY_RESOLUTION.title
          ? DEMO_COUNTY_RESOLUTION.lean
          : undefined;

    // Demo residents vote online in their county (identity's residency events, by which
    // castBallot would find it, arrive once the services run). All at once: the ballot box
    // batches them as it batches a surge.
    const voters = this.counties.flatMap((county) =>
      DEMO_VOTING_RESIDENTS.map((n) => ({ county, n, accountId: demoAccountId(demoResidentEmail(county.code, n)) })),
    );
    await Promise.all(
      voters.map((voter) => {
        const answers = questions.flatMap((question) => {
          const lean = (question.countyCode === null || question.countyCode === voter.county.code) && leanOf(question.text, question.countyCode);
          return lean ? [{ questionId: question.id, choice: demoChoice(`ballot:${voter.county.code}:${voter.n}:${question.position}`, lean) }] : [];
        });
        const checked = checkBallot(voter.county.code, answers, current.questions);
        if (!checked.ok) throw new Error(`demo ballot refused: ${checked.problem.message}`);
        return this.get(BallotBoxService).cast({
          questionnaireId: current.questionnaire.id,
          accountId: voter.accountId,
          countyCode: voter.county.code,
          channel: 'online',
          answers: checked.answers,
          questions: current.questionList,
        });
      }),
    );

    for (const countyCode of this.paperCounties()) {
      const totals = questions.flatMap((question) => {
        const lean = (question.countyCode === null || question.countyCode === countyCode) && leanOf(question.text, question.countyCode);
        if (!lean) return [];
        // 40 to 139 marked papers per question, split by the question's lean and the county.
        const cast = 40 + demoDraw(`paper:${countyCode}:${question.position}`);
        const yes = Math.round((cast * lean.yes) / 100);
        const no = Math.round((cast * lean.no) / 100);
        return [{ questionId: question.id, yes, no, abstain: cast - yes - no }];
      });
      // The room: as many walk-ins as the most-answered question has marks (others left some blank).
      await this.paperBallotsHandedOut(countyCode, Math.max(0, ...totals.map((line) => line.yes + line.no + line.abstain)));
      await this.get(EnterPaperTotalsService).enter(this.staff, { year: this.year, countyCode, totals });
      await this.get(ConfirmPaperTotalsService).confirm(this.admin, { year: this.year, countyCode });
    }
  }

  /**
   * The county meeting's walk-ins, checked in with a vote (handed over as assemblies'
   * check-in events would be: the demo's meetings live in voting's read model only), each
   * handed a paper ballot by staff through the real use case.
   */
  private async paperBallotsHandedOut(countyCode: string, count: number): Promise<void> {
    const meetingId = demoUuid(`meeting:${this.year}:${countyCode}`);
    const walkIns = Array.from({ length: count }, (_, index) => demoAccountId(`walk-in-${countyCode}-${index + 1}@demo.civic.test`));
    await this.dataSource.transaction(async (manager) => {
      for (const accountId of walkIns) {
        await this.get(AssembliesReadModelsRepository).insertAttendee(manager, {
          meetingId,
          year: this.year,
          countyCode,
          accountId,
          withVote: true,
          checkedInAt: new Date().toISOString(),
        });
      }
    });
    for (const accountId of walkIns) await this.get(IssuePaperBallotService).issue(this.staff, { year: this.year, accountId });
  }

  /** Milwaukee's and Dane's in Wisconsin; any other congress's first two. */
  private paperCounties(): string[] {
    const wisconsin = DEMO_PAPER_COUNTIES.filter((code) => this.counties.some((county) => county.code === code));
    return wisconsin.length > 0 ? wisconsin : this.counties.slice(0, 2).map((county) => county.code);
  }

  /** The county of the citizen resolution: Dane (the printed resident's) when the demo has it. */
  private localCounty(): DemoJurisdiction {
    return this.counties.find((county) => county.code === DEMO_COUNTY_RESOLUTION.preferredCountyCode) ?? (this.counties[0] as DemoJurisdiction);
  }

  // ---- the convention's roll call ----

  private async conventionRollCall(): Promise<void> {
    const rollCalls = this.get(RollCallRepository);
    const done = await rollCalls.list({ bodyCode: CONVENTION_BODY_CODE, year: this.year });
    if (done.some((rollCall) => rollCall.title === DEMO_ROLL_CALL_TITLE)) return;

    const first = DEMO_STATEWIDE_QUESTIONS[0];
    const questionnaire = await this.get(QuestionnaireRepository).findByYear(this.year);
    const question = questionnaire && (await this.get(QuestionnaireRepository).questions(questionnaire.id)).find((candidate) => candidate.text === first.text);

    // Every demo delegate, as assemblies' seed seats them (its events fill the read model later).
    const electorate: Elector[] = this.counties.flatMap((county) =>
      Array.from({ length: DEMO_ACCOUNTS.delegatesPerCounty }, (_, index) => ({
        accountId: delegateId(county.code, index + 1),
        displayName: `${county.name} Delegate ${index + 1}`,
        countyCode: county.code,
        seatNumber: index + 1,
      })),
    );
    const opened = await rollCalls.transaction((manager) =>
      this.get(RollCallOpener).open(
        manager,
        {
          bodyCode: CONVENTION_BODY_CODE,
          title: DEMO_ROLL_CALL_TITLE,
          questionId: question?.id ?? null,
          resolutionId: null,
          threshold: { kind: 'majority', numerator: null, denominator: null },
          quorum: null,
        },
        this.staff.accountId,
        { bodyName: null, members: electorate },
      ),
    );

    const conflicted = electorate.find((member) => member.countyCode === this.localCounty().code && member.seatNumber === DEMO_CONFLICT.seatNumber);
    if (conflicted) {
      const delegate: AuthenticatedUser = { accountId: conflicted.accountId, roles: ['resident'], tokenId: undefined, displayName: conflicted.displayName };
      await this.get(DeclareRollCallConflictService).declare(delegate, { rollCallId: opened.id, reason: DEMO_CONFLICT.reason });
    }
    // About one in twenty does not answer the roll.
    const voting = electorate.filter((member) => member !== conflicted && demoDraw(`roll-call-absent:${member.countyCode}:${member.seatNumber}`) >= 5);
    // The roll is read out in a few lanes, each one transaction of named votes written as the
    // use case writes them (a transaction per delegate would take the seed seconds).
    const lanes = 4;
    await Promise.all(
      Array.from({ length: lanes }, (_, lane) =>
        rollCalls.transaction(async (manager) => {
          const rollCall = await rollCalls.lock(manager, opened.id, 'share');
          if (!rollCall) throw new Error(`demo roll call ${opened.id} vanished`);
          for (const member of voting.filter((_, index) => index % lanes === lane)) {
            const choice = demoChoice(`roll-call:${member.countyCode}:${member.seatNumber}`, { yes: 55, no: 39 });
            await this.get(CastRollCallVoteService).castIn(manager, rollCall, member.accountId, choice);
          }
        }),
      ),
    );
    await this.get(CloseRollCallService).close(this.staff, opened.id, false);
  }
}

function person(email: string, roles: AuthenticatedUser['roles'], displayName: string): AuthenticatedUser {
  return { accountId: demoAccountId(email), roles, tokenId: undefined, displayName };
}

function delegateId(countyCode: string, seatNumber: number): string {
  return demoAccountId(demoDelegateEmail(countyCode, seatNumber));
}

function toGraphqlSource(source: Extract<QuestionSource, 'agency' | 'board'>): QuestionSourceValue {
  return source === 'agency' ? QuestionSourceValue.AGENCY : QuestionSourceValue.BOARD;
}
