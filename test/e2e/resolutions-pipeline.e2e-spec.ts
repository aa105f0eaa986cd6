import { DEMO_ACCOUNTS, demoAccountId, demoDelegateEmail, demoResidentEmail, ErrorCode } from '@civic/contracts';
import { gql, signIn, waitFor, must, codeOf } from '../support';
import { handOutPaperBallots, openCountyMeeting } from '../support/county-meetings';

/**
 * Citizen resolutions through the gateway, across two congress years: one from submission
 * to the board's response and an implementation report, one by the 3:2 rule, one whose
 * committee misses its deadline, two merged, one rejected at screening — with the county
 * and statewide votes arriving from the voting service and committee membership from
 * assemblies, as events. Far-future years keep it clear of the demo's own cycles.
 */
const YEAR_A = 2091;
const YEAR_B = 2092;
const HOME = '55025'; // Dane: the full-path resolution
const THREE_TWO = ['55001', '55003', '55005']; // Adams, Ashland, Barron

interface Res {
  id: string;
  number: string;
  stage: string;
  version: number;
  flaggedAt: string | null;
  flagReason: string | null;
  committeeCode: string | null;
  mergedIntoId: string | null;
  cycleYear: number;
}
const RES_FIELDS = 'id number stage version flaggedAt flagReason committeeCode mergedIntoId cycleYear';

const residentToken = async (county: string, n: number) => (await signIn(demoResidentEmail(county, n), DEMO_ACCOUNTS.residentPassword)).accessToken;

let staff: string;
let admin: string;

async function configureCycle(year: number, opensAt: Date, closesAt: Date): Promise<void> {
  await must(
    `mutation ($input: ConfigureResolutionCycleInput!) { configureResolutionCycle(input: $input) { year } }`,
    { input: { year, windowOpensAt: opensAt.toISOString(), windowClosesAt: closesAt.toISOString(), maxCharacters: 2000, maxPerPerson: 2 } },
    staff,
  );
}

async function submit(token: string, input: Record<string, unknown>): Promise<Res> {
  const data = await must<{ submitResolution: { resolution: Res } }>(
    `mutation ($input: SubmitResolutionInput!) { submitResolution(input: $input) { resolution { ${RES_FIELDS} } similar { score resolution { id } } } }`,
    { input: { kind: 'ADVISORY', topic: 'Fisheries', ...input } },
    token,
  );
  return data.submitResolution.resolution;
}

const TRANSITION = `mutation ($input: TransitionResolutionInput!) { transitionResolution(input: $input) { ${RES_FIELDS} } }`;
async function transition(token: string, input: Record<string, unknown>): Promise<Res> {
  return (await must<{ transitionResolution: Res }>(TRANSITION, { input }, token)).transitionResolution;
}

async function read(id: string): Promise<Res> {
  return (await must<{ resolution: Res }>(`query ($id: ID!) { resolution(id: $id) { ${RES_FIELDS} } }`, { id })).resolution;
}

async function waitForStage(id: string, stage: string, timeoutMs = 20_000): Promise<Res> {
  return waitFor(
    async () => {
      const current = await read(id);
      return current.stage === stage ? current : null;
    },
    { timeoutMs, intervalMs: 200 },
  );
}

/** The voting service's county-local question for a resolution, once its introduction event arrived. */
async function countyQuestionId(year: number, resolutionId: string, county: string): Promise<string> {
  return waitFor(async () => {
    const data = await must<{ questionnaire: { questions: Array<{ id: string; resolutionId: string | null; countyCode: string | null }> } | null }>(
      `query ($year: Int!, $county: String) { questionnaire(year: $year) { questions(countyCode: $county) { id resolutionId countyCode } } }`,
      { year, county },
    );
    return data.questionnaire?.questions.find((q) => q.resolutionId === resolutionId && q.countyCode === county)?.id;
  });
}

const ENTER_TOTALS = `mutation ($input: EnterQuestionnairePaperTotalsInput!) { enterQuestionnairePaperTotals(input: $input) { countyCode } }`;
const CONFIRM_TOTALS = `mutation ($input: ConfirmQuestionnairePaperTotalsInput!) { confirmQuestionnairePaperTotals(input: $input) { countyCode } }`;

/** Opens (and later closes) a year's questionnaire in the voting service, once its first question has arrived. */
async function setQuestionnaire(year: number, action: 'openQuestionnaire' | 'closeQuestionnaire'): Promise<void> {
  await must(`mutation ($year: Int!) { ${action}(year: $year) { year } }`, { year }, staff);
}

/**
 * The Spring Hearing's evening: the questionnaire opens, each county's meeting hands out its
 * paper ballots (to walk-ins, in parallel across counties), and it closes. Paper totals
 * confirmed later count at most the papers handed out.
 */
async function springHearing(year: number, papers: Record<string, number>): Promise<void> {
  await setQuestionnaire(year, 'openQuestionnaire');
  await Promise.all(
    Object.entries(papers).map(async ([countyCode, count]) => {
      const meetingId = await openCountyMeeting(countyCode, year, staff);
      await handOutPaperBallots({ meetingId, countyCode, year, count, staffToken: staff });
    }),
  );
  await setQuestionnaire(year, 'closeQuestionnaire');
}

/** Paper totals entered by one staff member, confirmed by another, then the vote certified. */
async function countyVote(year: number, county: string, questionId: string, yes: number, no: number): Promise<void> {
  await must(ENTER_TOTALS, { input: { year, countyCode: county, totals: [{ questionId, yes, no, abstain: 1 }] } }, staff);
  await must(CONFIRM_TOTALS, { input: { year, countyCode: county } }, admin);
  await must(
    `mutation ($input: CertifyCountyResolutionVoteInput!) { certifyCountyResolutionVote(input: $input) { passed } }`,
    { input: { questionId } },
    staff,
  );
}

beforeAll(async () => {
  staff = (await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password)).accessToken;
  admin = (await signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)).accessToken;
});

describe('citizen resolutions across two congress years', () => {
  const ids: Record<string, string> = {};
  let committeeCode: string;
  let committeeMember: { token: string; id: string };

  it('year A: residents submit, staff screen (a rejection reason is public), counties vote through the voting service', async () => {
    const now = Date.now();
    await configureCycle(YEAR_A, new Date(now - 3_600_000), new Date(now + 3_600_000));

    const home = await residentToken(HOME, 1);
    const full = await submit(home, {
      title: 'Restore lake sturgeon spawning runs',
      text: 'The congress asks the agency to restore lake sturgeon spawning habitat on the Wolf River and to report yearly on the runs.',
    });
    expect(full).toMatchObject({ stage: 'submitted', cycleYear: YEAR_A });
    ids['full'] = full.id;
    ids['rejected'] = (await submit(await residentToken(HOME, 2), { title: 'Rename the river', text: 'Rename the Wolf River after my family.' })).id;
    ids['deadline'] = (
      await submit(await residentToken(HOME, 3), {
        title: 'Study walleye stocking',
        text: 'Study whether walleye stocking in northern lakes improves natural reproduction.',
      })
    ).id;
    ids['mergeA'] = (await submit(home, { title: 'Ban lead tackle', text: 'Ban the sale of lead fishing tackle under one ounce to protect loons.' })).id;
    ids['mergeB'] = (
      await submit(await residentToken('55027', 1), {
        title: 'Phase out lead sinkers',
        text: 'Phase out lead sinkers and jigs to protect loons and swans.',
        countyCode: HOME,
      })
    ).id;
    const [first, ...others] = THREE_TWO;
    const lead = await submit(await residentToken(first ?? '', 1), {
      title: 'Antlerless tags with every license',
      text: 'Issue one antlerless deer tag with every deer hunting license in farmland zones.',
    });
    ids[`32-${first}`] = lead.id;
    for (const county of others) {
      ids[`32-${county}`] = (
        await submit(await residentToken(county, 1), {
          title: 'Antlerless tags with every license',
          text: 'Issue one antlerless deer tag with every deer hunting license in farmland zones.',
          sameAsResolutionId: lead.id,
        })
      ).id;
    }

    // Screening: a rejection carries a published reason, readable without signing in.
    const reason = 'Not of statewide impact: it concerns the name of one river and one family.';
    await transition(staff, { resolutionId: ids['rejected'], transition: 'reject-at-screening', reason });
    const publicView = await must<{ resolution: { stage: string; transitions: Array<{ transition: string; reason: string | null; actorName: string }> } }>(
      `query ($id: ID!) { resolution(id: $id) { stage transitions { transition reason actorName } } }`,
      { id: ids['rejected'] },
    );
    expect(publicView.resolution.stage).toBe('rejected-at-screening');
    expect(publicView.resolution.transitions.at(-1)).toMatchObject({ transition: 'reject-at-screening', reason, actorName: 'Demo Staff' });

    for (const key of ['full', 'deadline', 'mergeA', 'mergeB', ...THREE_TWO.map((county) => `32-${county}`)]) {
      expect((await transition(staff, { resolutionId: ids[key], transition: 'accept-screening' })).stage).toBe('introduced');
    }

    // The county votes: the voting service learned of each introduction and reports each result back.
    const votes: Array<[string, string]> = [
      ['full', HOME],
      ['deadline', HOME],
      ['mergeA', HOME],
      ['mergeB', HOME],
      ...THREE_TWO.map((county): [string, string] => [`32-${county}`, county]),
    ];
    const questions: string[] = [];
    for (const [key, county] of votes) questions.push(await countyQuestionId(YEAR_A, ids[key] ?? '', county));
    // The Spring Hearing: the questionnaire opens, the counties vote on paper, it closes, then counts are certified.
    await springHearing(YEAR_A, Object.fromEntries([HOME, ...THREE_TWO].map((county) => [county, 6])));
    for (const [index, [, county]] of votes.entries()) await countyVote(YEAR_A, county, questions[index] ?? '', 4, 1);
    for (const [key] of votes) await waitForStage(ids[key] ?? '', 'county-passed');
  });

  it('year A: a committee decides with a recorded vote, another misses its deadline and the item advances by rule', async () => {
    // A demo advisory committee and one of its members (assemblies told resolutions who sits on it).
    const committees = await must<{ bodies: { edges: Array<{ node: { code: string; members: { edges: Array<{ node: { account: { id: string } } }> } } }> } }>(
      `{ bodies(kind: ADVISORY_COMMITTEE, first: 1) { edges { node { code members(first: 5) { edges { node { account { id } } } } } } } }`,
      {},
    );
    const committee = committees.bodies.edges[0]?.node;
    if (!committee) throw new Error('the demo has no advisory committee');
    committeeCode = committee.code;
    const memberId = committee.members.edges[0]?.node.account.id ?? '';
    const email = await memberEmail(memberId);
    committeeMember = { id: memberId, token: (await signIn(email, DEMO_ACCOUNTS.residentPassword)).accessToken };

    await transition(staff, { resolutionId: ids['full'], transition: 'refer-to-committee', committeeCode });
    await transition(staff, { resolutionId: ids['mergeA'], transition: 'refer-to-committee', committeeCode });
    await transition(staff, { resolutionId: ids['mergeB'], transition: 'refer-to-committee', committeeCode });
    const decideBy = new Date(Date.now() + 3_000).toISOString();
    await transition(staff, { resolutionId: ids['deadline'], transition: 'refer-to-committee', committeeCode, decideBy });

    // Someone who does not sit on the committee may not decide for it.
    const outsider = await residentToken('55079', 1);
    const refused = await gql(
      TRANSITION,
      { input: { resolutionId: ids['full'], transition: 'committee-advance', reason: 'x', vote: { yes: 1, no: 0, abstain: 0 } } },
      { token: outsider },
    );
    expect(codeOf(refused.body)).toBe(ErrorCode.FORBIDDEN);

    const advanced = await transition(committeeMember.token, {
      resolutionId: ids['full'],
      transition: 'committee-advance',
      reason: 'Sturgeon habitat is a statewide concern; the committee supports it.',
      vote: { yes: 5, no: 1, abstain: 0 },
      minorityReport: 'One member would rather fund the existing hatchery.',
    });
    expect(advanced.stage).toBe('council-review');

    // The deadline is a delayed job in Redis: the resolution is flagged publicly and advances.
    const overdue = await waitForStage(ids['deadline'] ?? '', 'council-review', 30_000);
    expect(overdue.flaggedAt).not.toBeNull();
    expect(overdue.flagReason).toMatch(/did not decide/i);
  });

  it('year A: staff merge two similar resolutions; the originals stay readable and point to the result', async () => {
    const merged = await must<{ mergeResolutions: Res }>(
      `mutation ($input: MergeResolutionsInput!) { mergeResolutions(input: $input) { ${RES_FIELDS} } }`,
      {
        input: {
          sourceIds: [ids['mergeA'], ids['mergeB']],
          newResolution: {
            title: 'Phase out lead tackle',
            text: 'Phase out lead sinkers and jigs under one ounce to protect loons and swans.',
            topic: 'Fisheries',
            kind: 'ADVISORY',
            countyCode: HOME,
          },
          reason: 'Two resolutions ask for the same thing.',
        },
      },
      staff,
    );
    ids['merged'] = merged.mergeResolutions.id;
    for (const key of ['mergeA', 'mergeB']) {
      const original = await read(ids[key] ?? '');
      expect(original).toMatchObject({ stage: 'merged', mergedIntoId: ids['merged'] });
    }
    const lineage = await must<{ resolution: { mergedFrom: Array<{ id: string }> } }>(`query ($id: ID!) { resolution(id: $id) { mergedFrom { id } } }`, {
      id: ids['merged'],
    });
    expect(lineage.resolution.mergedFrom.map((r) => r.id).sort()).toEqual([ids['mergeA'], ids['mergeB']].sort());
  });

  it('year A → B: council approval, agency review, the statewide vote, the convention, the board and an implementation report', async () => {
    await transition(staff, {
      resolutionId: ids['full'],
      transition: 'council-approve',
      reason: 'Approved by the Executive Committee.',
      vote: { yes: 4, no: 1, abstain: 0 },
    });
    const reviewed = await transition(staff, {
      resolutionId: ids['full'],
      transition: 'complete-agency-review',
      notes: 'Legal: within the agency’s authority. Technical: habitat work on the Wolf River is feasible.',
      questionText: 'Do you support restoring lake sturgeon spawning habitat on the Wolf River?',
    });
    expect(reviewed.stage).toBe('on-questionnaire');

    // The approved question lands on next year's statewide questionnaire in the voting service.
    const questionId = await waitFor(async () => {
      const data = await must<{ questionnaire: { questions: Array<{ id: string; resolutionId: string | null; countyCode: string | null }> } | null }>(
        `query ($year: Int!) { questionnaire(year: $year) { questions { id resolutionId countyCode } } }`,
        { year: YEAR_A + 1 },
      );
      return data.questionnaire?.questions.find((q) => q.resolutionId === ids['full'] && q.countyCode === null)?.id;
    });
    // Papers for this statewide vote and for the county votes of the 3:2 test below (55001 and 55003 hold both).
    await springHearing(YEAR_B, Object.fromEntries([HOME, ...THREE_TWO].map((county) => [county, 5])));
    for (const [county, yes, no] of [
      [HOME, 4, 1],
      ['55001', 2, 3],
      ['55003', 3, 1],
    ] as Array<[string, number, number]>) {
      await must(ENTER_TOTALS, { input: { year: YEAR_B, countyCode: county, totals: [{ questionId, yes, no, abstain: 0 }] } }, staff);
      await must(CONFIRM_TOTALS, { input: { year: YEAR_B, countyCode: county } }, admin);
    }
    await must(
      `mutation ($input: CertifyQuestionResultInput!) { certifyQuestionResult(input: $input) { passed countiesInFavour } }`,
      { input: { questionId } },
      staff,
    );
    await waitForStage(ids['full'] ?? '', 'convention');

    await transition(staff, { resolutionId: ids['full'], transition: 'convention-adopt', vote: { yes: 300, no: 40, abstain: 5 } });
    // The board records its own response: staff may not type it for them.
    const boardResponse = {
      resolutionId: ids['full'],
      transition: 'record-board-response',
      notes: 'The board directs the agency to fund habitat work from next year.',
    };
    expect(codeOf((await gql(TRANSITION, { input: boardResponse }, { token: staff })).body)).toBe(ErrorCode.FORBIDDEN);
    const board = (await signIn(DEMO_ACCOUNTS.board.email, DEMO_ACCOUNTS.board.password)).accessToken;
    await transition(board, boardResponse);
    await transition(staff, { resolutionId: ids['full'], transition: 'begin-implementation', notes: 'Habitat work is scheduled for two seasons.' });
    await must(
      `mutation ($input: FileImplementationReportInput!) { fileImplementationReport(input: $input) { year } }`,
      { input: { resolutionId: ids['full'], year: YEAR_B, text: 'Two spawning reefs were rebuilt; runs are counted each April.' } },
      staff,
    );

    // Provenance: the whole path, with who, when, why and the linked votes.
    const provenance = await must<{
      resolutionProvenance: {
        steps: Array<{
          transition: string;
          cycleYear: number;
          actorName: string;
          countyResult: { passed: boolean } | null;
          statewideResult: { countiesInFavour: number } | null;
          vote: { yes: number } | null;
        }>;
      };
    }>(
      `query ($id: ID!) { resolutionProvenance(id: $id) { steps { transition cycleYear actorName countyResult { passed } statewideResult { countiesInFavour } vote { yes } } } }`,
      { id: ids['full'] },
    );
    const steps = provenance.resolutionProvenance.steps;
    expect(steps.map((step) => step.transition)).toEqual(
      expect.arrayContaining([
        'submit',
        'accept-screening',
        'record-county-pass',
        'refer-to-committee',
        'committee-advance',
        'council-approve',
        'complete-agency-review',
        'record-statewide-result',
        'convention-adopt',
        'record-board-response',
        'begin-implementation',
      ]),
    );
    expect(steps.find((step) => step.transition === 'record-county-pass')?.countyResult).toEqual({ passed: true });
    expect(steps.find((step) => step.transition === 'record-statewide-result')?.statewideResult).toEqual({ countiesInFavour: 2 });
    expect(steps.find((step) => step.transition === 'committee-advance')?.vote).toEqual({ yes: 5 });
  });

  it('year B: bad input is refused with typed errors and changes nothing', async () => {
    const now = Date.now();
    // Year A's window closes; year B's is not open yet.
    await configureCycle(YEAR_A, new Date(now - 7_200_000), new Date(now - 3_600_000));
    await configureCycle(YEAR_B, new Date(now + 3_600_000), new Date(now + 7_200_000));
    // The demo opens its coming cycle around today: close it for this check, then put it back.
    const { resolutionCycles } = await must<{ resolutionCycles: Array<{ year: number; windowOpensAt: string; windowClosesAt: string; isOpen: boolean }> }>(
      `{ resolutionCycles { year windowOpensAt windowClosesAt isOpen } }`,
      {},
    );
    const openDemoCycles = resolutionCycles.filter((cycle) => cycle.isOpen && cycle.year !== YEAR_A && cycle.year !== YEAR_B);
    for (const cycle of openDemoCycles) await configureCycle(cycle.year, new Date(now - 7_200_000), new Date(now - 3_600_000));
    const resident = await residentToken('55009', 1);
    const closed = await gql(
      `mutation ($input: SubmitResolutionInput!) { submitResolution(input: $input) { resolution { id } } }`,
      { input: { title: 'Too early', text: 'x', kind: 'ADVISORY', topic: 'Fisheries' } },
      { token: resident },
    );
    expect(codeOf(closed.body)).toBe(ErrorCode.SUBMISSION_WINDOW_CLOSED);
    for (const cycle of openDemoCycles) await configureCycle(cycle.year, new Date(cycle.windowOpensAt), new Date(cycle.windowClosesAt));

    await configureCycle(YEAR_B, new Date(now - 60_000), new Date(now + 3_600_000));
    const tooLong = await gql(
      `mutation ($input: SubmitResolutionInput!) { submitResolution(input: $input) { resolution { id } } }`,
      { input: { title: 'Long', text: 'a'.repeat(2001), kind: 'ADVISORY', topic: 'Fisheries' } },
      { token: resident },
    );
    expect(codeOf(tooLong.body)).toBe(ErrorCode.TEXT_TOO_LONG);
    await submit(resident, { title: 'First of two', text: 'One.' });
    await submit(resident, { title: 'Second of two', text: 'Two.' });
    const third = await gql(
      `mutation ($input: SubmitResolutionInput!) { submitResolution(input: $input) { resolution { id } } }`,
      { input: { title: 'Third', text: 'Three.', kind: 'ADVISORY', topic: 'Fisheries' } },
      { token: resident },
    );
    expect(codeOf(third.body)).toBe(ErrorCode.SUBMISSION_LIMIT_REACHED);
    const mine = await must<{ myResolutions: Array<{ submittedYear: number }> }>(`{ myResolutions { submittedYear } }`, {}, resident);
    expect(mine.myResolutions.filter((resolution) => resolution.submittedYear === YEAR_B)).toHaveLength(2);

    const target = await read(ids['merged'] ?? '');
    const notInPipeline = await gql(
      TRANSITION,
      { input: { resolutionId: target.id, transition: 'convention-adopt', vote: { yes: 1, no: 0, abstain: 0 } } },
      { token: staff },
    );
    expect(codeOf(notInPipeline.body)).toBe(ErrorCode.TRANSITION_NOT_IN_PIPELINE);
    // The merged resolution waits in committee: a resident who does not sit on it may not decide.
    expect(target.stage).toBe('in-committee');
    const decision = { resolutionId: target.id, transition: 'committee-advance', reason: 'Advance it.', vote: { yes: 3, no: 0, abstain: 0 } };
    const notAllowed = await gql(TRANSITION, { input: decision }, { token: resident });
    expect(codeOf(notAllowed.body)).toBe(ErrorCode.FORBIDDEN);
    const stale = await gql(TRANSITION, { input: { ...decision, expectedVersion: target.version - 1 } }, { token: staff });
    expect(codeOf(stale.body)).toBe(ErrorCode.CONFLICT);
    expect(await read(target.id)).toEqual(target);
  });

  it('year B: the same three counties pass it again and the 3:2 rule sends it straight to the questionnaire', async () => {
    const family = ids[`32-${THREE_TWO[0]}`] ?? '';
    const yearB: string[] = [];
    for (const county of THREE_TWO) {
      const again = await submit(await residentToken(county, 2), {
        title: 'Antlerless tags with every license',
        text: 'Issue one antlerless deer tag with every deer hunting license in farmland zones.',
        sameAsResolutionId: family,
      });
      expect(again.cycleYear).toBe(YEAR_B);
      await transition(staff, { resolutionId: again.id, transition: 'accept-screening' });
      yearB.push(again.id);
    }
    for (const [index, county] of THREE_TWO.entries()) {
      await countyVote(YEAR_B, county, await countyQuestionId(YEAR_B, yearB[index] ?? '', county), 3, 1);
    }
    const fastTracked = await waitFor(
      async () => {
        const rows = await Promise.all(yearB.map(read));
        return rows.find((row) => row.stage === 'on-questionnaire');
      },
      { timeoutMs: 20_000 },
    );
    const provenance = await must<{ resolutionProvenance: { steps: Array<{ transition: string; links: { counties: string[] } }> } }>(
      `query ($id: ID!) { resolutionProvenance(id: $id) { steps { transition links { counties } } } }`,
      { id: fastTracked.id },
    );
    expect(provenance.resolutionProvenance.steps.find((step) => step.transition === 'three-two-rule')?.links.counties).toEqual(THREE_TWO);
    // It skipped the committees, and the voting service put it on the next questionnaire.
    expect(provenance.resolutionProvenance.steps.map((step) => step.transition)).not.toContain('refer-to-committee');
    await waitFor(async () => {
      const data = await must<{ questionnaire: { questions: Array<{ resolutionId: string | null }> } | null }>(
        `query ($year: Int!) { questionnaire(year: $year) { questions { resolutionId } } }`,
        { year: YEAR_B + 1 },
      );
      return data.questionnaire?.questions.some((q) => q.resolutionId === fastTracked.id);
    });
  });

  it('keeps a hash-chained audit log that verifies', async () => {
    const { verifyResolutionAuditChain: verification } = await must<{
      verifyResolutionAuditChain: { valid: boolean; entriesChecked: number; brokenAtSequence: number | null };
    }>(`{ verifyResolutionAuditChain { valid entriesChecked brokenAtSequence } }`, {});
    expect(verification).toMatchObject({ valid: true, brokenAtSequence: null });
    expect(verification.entriesChecked).toBeGreaterThan(30);
  });

  it('publishes a pipeline only for an admin or two staff members: agency staff alone are refused with CONFIRMATION_REQUIRED and nothing is published', async () => {
    const PUBLISH = `mutation ($definitionJson: String!, $reason: String!) { publishResolutionPipeline(definitionJson: $definitionJson, reason: $reason) { version } }`;
    const { resolutionPipeline: current } = await must<{ resolutionPipeline: { version: number; definitionJson: string } }>(
      `{ resolutionPipeline { version definitionJson } }`,
    );
    // The same definition again: a new version that changes nothing for later specs.
    const request = { definitionJson: current.definitionJson, reason: `Republished unchanged ${Date.now()}` };

    const refused = await gql(PUBLISH, request, { token: staff });
    expect(codeOf(refused.body)).toBe(ErrorCode.CONFIRMATION_REQUIRED);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      operation: 'publishResolutionPipeline',
      requestedBy: demoAccountId(DEMO_ACCOUNTS.staff.email),
      requestId: expect.any(String),
      expiresAt: expect.any(String),
    });
    expect((await must<{ resolutionPipeline: { version: number } }>(`{ resolutionPipeline { version } }`)).resolutionPipeline.version).toBe(current.version);

    // An admin needs no second person (and spends the staff member's request).
    const published = await must<{ publishResolutionPipeline: { version: number } }>(PUBLISH, request, admin);
    expect(published.publishResolutionPipeline.version).toBe(current.version + 1);
  });
});

/** Demo delegates' emails are derived from county and seat; find the one whose id matches. */
async function memberEmail(accountId: string): Promise<string> {
  const counties = await must<{ jurisdictions: { edges: Array<{ node: { code: string } }> } }>(
    `{ jurisdictions(tierLevel: 2, first: 100) { edges { node { code } } } }`,
    {},
  );
  for (const { node } of counties.jurisdictions.edges) {
    for (let seat = 1; seat <= DEMO_ACCOUNTS.delegatesPerCounty; seat += 1) {
      const email = demoDelegateEmail(node.code, seat);
      if (demoAccountId(email) === accountId) return email;
    }
  }
  throw new Error(`no demo delegate has id ${accountId}`);
}
