import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { codeOf, dataOf } from '@civic/testing';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { PipelineService } from '../workflow';
import { addBodyMember } from '../../testing/workflow-test-fixtures';
import { EXPORT_HEADER } from './resolution-queue.service';
import { insertCountyResult, insertRecord, insertStatewideResult, insertStep, mergeFootprint, type Inserted } from './records.fixtures';

/**
 * The public record against the harness's PostgreSQL through the subgraph: merges keep the
 * originals readable and point both ways, provenance follows a resolution across cycle years
 * and through the resolutions merged into it with the votes behind each step, filters and
 * the staff console count what they should, and callers without the right get
 * UNAUTHENTICATED or FORBIDDEN with nothing changed. The database is shared with other
 * specs: each test works in congress years and codes of its own.
 */
let testApp: ResolutionsTestApp;
let dataSource: DataSource;
let gql: ResolutionsTestApp['gql'];
let staff: string;
let resident: string;

const suffix = randomInt(100_000, 999_999).toString();
/** Years no other spec uses (each describe takes its own pair). */
const baseYear = 3000 + randomInt(0, 600) * 10;
const COMMITTEE = `records-committee-${suffix}`;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

const RESOLUTION_FIELDS = `id number stage stageName phase cycleYear mergedIntoId version
  mergedInto { id number } mergedFrom { id number } family { id number }
  transitions { sequence transition transitionName fromStage toStage actorName reason vote { yes no abstain }
    links { mergedIntoId mergedIntoNumber mergedFromIds mergedFromNumbers } }`;
const MERGE = `mutation ($input: MergeResolutionsInput!) { mergeResolutions(input: $input) { ${RESOLUTION_FIELDS} } }`;
const RESOLUTION = `query ($id: ID, $number: String) { resolution(id: $id, number: $number) { ${RESOLUTION_FIELDS} } }`;

interface Step {
  sequence: number;
  transition: string;
  transitionName: string;
  fromStage: string | null;
  toStage: string;
  actorName: string;
  reason: string | null;
  vote: { yes: number; no: number; abstain: number } | null;
  links: { mergedIntoId: string | null; mergedIntoNumber: string | null; mergedFromIds: string[]; mergedFromNumbers: string[] };
}
interface Read {
  id: string;
  number: string;
  stage: string;
  stageName: string;
  phase: string | null;
  cycleYear: number;
  mergedIntoId: string | null;
  version: number;
  mergedInto: { id: string; number: string } | null;
  mergedFrom: Array<{ id: string; number: string }>;
  family: Array<{ id: string; number: string }>;
  transitions: Step[];
}

async function read(id: string): Promise<Read> {
  return dataOf(await gql<{ resolution: Read }>(RESOLUTION, { id })).resolution;
}

const merge = (input: Record<string, unknown>, token: string | undefined = staff) => gql<{ mergeResolutions: Read }>(MERGE, { input }, token ? { token } : {});

beforeAll(async () => {
  testApp = await startResolutionsTestApp();
  ({ dataSource, gql } = testApp);
  // The pipeline's version 1 (the Wisconsin default) is installed on first use.
  await testApp.app.get(PipelineService).currentPipeline();
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'], displayName: 'Stella Staff' });
  resident = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'], displayName: 'Rita Resident' });
});

afterAll(async () => {
  await testApp?.close();
});

describe('public reads', () => {
  it('finds a resolution by id or number with its stage name, phase and family; NOT_FOUND otherwise', async () => {
    const year = baseYear;
    const first = await insertRecord(dataSource, { submittedYear: year, stage: 'county-passed' });
    const again = await insertRecord(dataSource, { submittedYear: year + 1, stage: 'introduced', familyId: first.familyId, countyCode: '55003' });
    const byNumber = dataOf(await gql<{ resolution: Read }>(RESOLUTION, { number: again.number })).resolution;
    expect(byNumber).toMatchObject({
      id: again.id,
      stage: 'introduced',
      stageName: 'Introduced at the county meeting',
      phase: 'agenda-setting',
      mergedInto: null,
    });
    expect(byNumber.family).toEqual([{ id: first.id, number: first.number }]);

    expect(codeOf(await gql(RESOLUTION, { id: randomUUID() }))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(await gql(RESOLUTION, { id: 'not-a-uuid' }))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(await gql(RESOLUTION, { number: `nope-${suffix}` }))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(await gql(RESOLUTION, {}))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await gql(RESOLUTION, { id: first.id, number: first.number }))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('filters the list by stage, committee, county, years, kind, topic, flag and words, ordered by number, in pages', async () => {
    const year = baseYear + 2;
    const county = `9${suffix}`;
    const rows = [
      await insertRecord(dataSource, {
        number: `F${year}-${suffix}-1`,
        submittedYear: year,
        stage: 'in-committee',
        committeeCode: COMMITTEE,
        countyCode: county,
        topic: 'deer',
      }),
      await insertRecord(dataSource, {
        number: `F${year}-${suffix}-2`,
        submittedYear: year,
        stage: 'in-committee',
        committeeCode: COMMITTEE,
        flaggedAt: hoursAgo(1),
        kind: 'rule-change',
        title: `Quillwort${suffix} protection`,
      }),
      await insertRecord(dataSource, { number: `F${year}-${suffix}-3`, submittedYear: year - 1, cycleYear: year, stage: 'county-passed', countyCode: county }),
      await insertRecord(dataSource, { number: `F${year}-${suffix}-4`, submittedYear: year, stage: 'submitted' }),
    ];
    const LIST = `query ($filter: ResolutionFilterInput, $first: Int, $after: String) {
      resolutions(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { number } } } }`;
    type Page = {
      resolutions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { number: string } }> };
    };
    const numbers = async (filter: Record<string, unknown>) =>
      dataOf(await gql<Page>(LIST, { filter: { cycleYear: year, ...filter }, first: 100 })).resolutions.edges.map((edge) => edge.node.number);
    const n = (i: number) => rows[i]?.number;

    expect(await numbers({})).toEqual([n(0), n(1), n(2), n(3)]);
    expect(await numbers({ stage: 'in-committee' })).toEqual([n(0), n(1)]);
    expect(await numbers({ stages: ['county-passed', 'submitted'] })).toEqual([n(2), n(3)]);
    expect(await numbers({ committeeCode: COMMITTEE })).toEqual([n(0), n(1)]);
    expect(await numbers({ countyCode: county })).toEqual([n(0), n(2)]);
    expect(await numbers({ submittedYear: year - 1 })).toEqual([n(2)]);
    expect(await numbers({ kind: 'RULE_CHANGE' })).toEqual([n(1)]);
    expect(await numbers({ topic: 'deer' })).toEqual([n(0)]);
    expect(await numbers({ flagged: true })).toEqual([n(1)]);
    expect(await numbers({ flagged: false })).toEqual([n(0), n(2), n(3)]);
    expect(await numbers({ search: `quillwort${suffix}` })).toEqual([n(1)]);
    expect(await numbers({ search: `"walleye to three" -quillwort${suffix}` })).toEqual([n(0), n(2), n(3)]);

    const first = dataOf(await gql<Page>(LIST, { filter: { cycleYear: year }, first: 3 })).resolutions;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const rest = dataOf(await gql<Page>(LIST, { filter: { cycleYear: year }, first: 3, after: first.pageInfo.endCursor })).resolutions;
    expect(rest.edges.map((edge) => edge.node.number)).toEqual([n(3)]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await gql(LIST, { filter: { cycleYear: 12 } }))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('merging and lineage', () => {
  it('merges two originals into a new resolution: the originals point to it, it lists them, both paths record it', async () => {
    const year = baseYear + 4;
    const deadline = new Date(Date.now() + 5 * 86_400_000);
    const a = await insertRecord(dataSource, {
      submittedYear: year,
      stage: 'in-committee',
      committeeCode: COMMITTEE,
      deadlineAt: deadline,
      transitionCount: 3,
    });
    const b = await insertRecord(dataSource, {
      submittedYear: year,
      stage: 'in-committee',
      committeeCode: COMMITTEE,
      deadlineAt: new Date(Date.now() + 9 * 86_400_000),
      transitionCount: 3,
    });
    const merged = dataOf(
      await merge({
        sourceIds: [a.id, b.id],
        newResolution: {
          title: 'Walleye, combined',
          text: 'Limit the daily bag of walleye to three.',
          topic: 'fisheries',
          kind: 'ADVISORY',
          countyCode: '55025',
        },
        reason: 'The same proposal from two counties.',
        vote: { yes: 6, no: 1, abstain: 0 },
      }),
    ).mergeResolutions;
    expect(merged.number).toMatch(new RegExp(`^${year}-\\d{4,}$`));
    expect(merged).toMatchObject({ stage: 'in-committee', cycleYear: year, mergedInto: null, version: 1 });
    expect(merged.mergedFrom.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(merged.transitions).toEqual([
      expect.objectContaining({
        sequence: 1,
        transition: 'merged-in',
        fromStage: null,
        toStage: 'in-committee',
        actorName: 'Stella Staff',
        reason: 'The same proposal from two counties.',
        vote: { yes: 6, no: 1, abstain: 0 },
        links: expect.objectContaining({ mergedFromIds: [a.id, b.id], mergedFromNumbers: [a.number, b.number] }),
      }),
    ]);
    const [stored] = (await dataSource.query(
      `SELECT "family_id", "committee_code", "deadline_at", "author_id" FROM "resolutions"."resolution" WHERE "id" = $1`,
      [merged.id],
    )) as Array<{ family_id: string; committee_code: string; deadline_at: Date; author_id: string | null }>;
    // Merging never restarts the committee's clock: the earliest deadline of the originals stands.
    expect(stored).toEqual({ family_id: merged.id, committee_code: COMMITTEE, deadline_at: deadline, author_id: null });

    for (const original of [a, b]) {
      const source = await read(original.id);
      expect(source).toMatchObject({ stage: 'merged', mergedIntoId: merged.id, mergedInto: { id: merged.id, number: merged.number } });
      expect(source.transitions.at(-1)).toMatchObject({
        transition: 'merge',
        fromStage: 'in-committee',
        toStage: 'merged',
        reason: 'The same proposal from two counties.',
        links: { mergedIntoId: merged.id, mergedIntoNumber: merged.number },
      });
    }
    const audit = (await dataSource.query(`SELECT "kind", "data" FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1`, [merged.id])) as Array<{
      kind: string;
      data: { created: boolean; mergedFrom: Array<{ number: string }> };
    }>;
    expect(audit).toEqual([
      {
        kind: 'merge',
        data: expect.objectContaining({
          created: true,
          mergedFrom: [
            { id: a.id, number: a.number },
            { id: b.id, number: b.number },
          ],
        }),
      },
    ]);
  });

  it('lets a member of the referred committee merge into an existing resolution, which records the step', async () => {
    const year = baseYear + 4;
    const target = await insertRecord(dataSource, { submittedYear: year, stage: 'in-committee', committeeCode: COMMITTEE, transitionCount: 2 });
    const source = await insertRecord(dataSource, { submittedYear: year, stage: 'in-committee', committeeCode: COMMITTEE, transitionCount: 3 });
    const memberId = randomUUID();
    await addBodyMember(dataSource, COMMITTEE, memberId);
    const member = await testApp.issuer.sign({ accountId: memberId, roles: ['resident'], displayName: 'Mo Member' });
    const result = dataOf(await merge({ sourceIds: [source.id], targetId: target.id, reason: 'Same ask.' }, member)).mergeResolutions;
    expect(result).toMatchObject({ id: target.id, stage: 'in-committee', version: 2, mergedFrom: [{ id: source.id, number: source.number }] });
    expect(result.transitions.at(-1)).toMatchObject({
      sequence: 3,
      transition: 'merged-in',
      fromStage: 'in-committee',
      toStage: 'in-committee',
      actorName: 'Mo Member',
      links: { mergedFromIds: [source.id], mergedFromNumbers: [source.number] },
    });
    expect(await read(source.id)).toMatchObject({ stage: 'merged', mergedInto: { id: target.id } });
  });

  it('refuses bad merges with their codes and changes nothing', async () => {
    const year = baseYear + 4;
    const x = await insertRecord(dataSource, { submittedYear: year, stage: 'county-passed' });
    const y = await insertRecord(dataSource, { submittedYear: year, stage: 'in-committee', committeeCode: COMMITTEE });
    const closed = await insertRecord(dataSource, { submittedYear: year, stage: 'committee-rejected', committeeCode: COMMITTEE });
    const draft = { title: 'T', text: 'Text.', topic: 'fisheries', kind: 'ADVISORY', countyCode: '55025' };
    const before = await mergeFootprint(dataSource);

    expect(codeOf(await merge({ sourceIds: [x.id], targetId: x.id, reason: 'r' }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await merge({ sourceIds: [x.id, x.id], targetId: y.id, reason: 'r' }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await merge({ sourceIds: [], targetId: y.id, reason: 'r' }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await merge({ sourceIds: [x.id], targetId: y.id, newResolution: draft, reason: 'r' }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await merge({ sourceIds: [x.id], reason: 'r' }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await merge({ sourceIds: [x.id], targetId: y.id, reason: '  ' }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await merge({ sourceIds: [closed.id], targetId: y.id, reason: 'r' }))).toBe(ErrorCode.TRANSITION_NOT_IN_PIPELINE);
    expect(codeOf(await merge({ sourceIds: [x.id], targetId: closed.id, reason: 'r' }))).toBe(ErrorCode.BAD_USER_INPUT);
    // A new resolution starts where the originals are: they must share a stage.
    expect(codeOf(await merge({ sourceIds: [x.id, y.id], newResolution: draft, reason: 'r' }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await merge({ sourceIds: [randomUUID()], targetId: y.id, reason: 'r' }))).toBe(ErrorCode.NOT_FOUND);
    // Signed in but neither staff nor on the committee; not signed in.
    expect(codeOf(await merge({ sourceIds: [y.id], newResolution: draft, reason: 'r' }, resident))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await merge({ sourceIds: [y.id], targetId: x.id, reason: 'r' }, ''))).toBe(ErrorCode.UNAUTHENTICATED);

    expect(await mergeFootprint(dataSource)).toEqual(before);
    expect(await read(x.id)).toMatchObject({ stage: 'county-passed', mergedInto: null });
    expect(await read(y.id)).toMatchObject({ stage: 'in-committee', mergedInto: null });
  });

  it('refuses at once with CONFLICT while another transaction holds one of the resolutions, and changes nothing', async () => {
    const year = baseYear + 4;
    const target = await insertRecord(dataSource, { submittedYear: year, stage: 'in-committee', committeeCode: COMMITTEE });
    const free = await insertRecord(dataSource, { submittedYear: year, stage: 'in-committee', committeeCode: COMMITTEE });
    const held = await insertRecord(dataSource, { submittedYear: year, stage: 'in-committee', committeeCode: COMMITTEE });
    const before = await mergeFootprint(dataSource);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT 1 FROM "resolutions"."resolution" WHERE "id" = $1 FOR UPDATE`, [held.id]);
      const result = await merge({ sourceIds: [free.id, held.id], targetId: target.id, reason: 'Same ask.' });
      expect(codeOf(result)).toBe(ErrorCode.CONFLICT);
      expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'concurrent' });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await mergeFootprint(dataSource)).toEqual(before);
    expect(await read(free.id)).toMatchObject({ stage: 'in-committee', mergedInto: null });
  });
});

describe('provenance', () => {
  it('returns every step across two cycle years, with the steps of the resolutions merged into it and the votes behind them', async () => {
    const year = baseYear + 6;
    const next = year + 1;
    const root = await insertRecord(dataSource, { submittedYear: year, cycleYear: next, stage: 'on-questionnaire' });
    const countyResultId = await insertCountyResult(dataSource, root, { countyCode: '55025', year, yes: 120, no: 30, abstain: 4, passed: true });
    const statewideResultId = await insertStatewideResult(dataSource, root.id, {
      year: next,
      yes: 9000,
      no: 4000,
      abstain: 100,
      countiesInFavour: 61,
      countiesCounted: 72,
      passed: true,
    });
    const steps = [
      { sequence: 1, transition: 'submit', fromStage: null, toStage: 'submitted', cycleYear: year, occurredAt: hoursAgo(100), actorName: 'Rita Resident' },
      {
        sequence: 2,
        transition: 'accept-screening',
        fromStage: 'submitted',
        toStage: 'introduced',
        cycleYear: year,
        occurredAt: hoursAgo(90),
        reason: 'Meets the criteria.',
      },
      {
        sequence: 3,
        transition: 'record-county-pass',
        fromStage: 'introduced',
        toStage: 'county-passed',
        cycleYear: year,
        occurredAt: hoursAgo(80),
        actorKind: 'system' as const,
        linked: { countyResultId },
      },
      {
        sequence: 4,
        transition: 'carry-over',
        fromStage: 'county-passed',
        toStage: 'county-passed',
        cycleYear: next,
        occurredAt: hoursAgo(50),
        actorKind: 'system' as const,
        linked: { fromCycleYear: year },
      },
      {
        sequence: 5,
        transition: 'three-two-rule',
        fromStage: 'county-passed',
        toStage: 'on-questionnaire',
        cycleYear: next,
        occurredAt: hoursAgo(40),
        actorKind: 'system' as const,
        linked: { counties: ['55025', '55003', '55007'], statewideResultId },
      },
    ];
    for (const step of steps) await insertStep(dataSource, root.id, step);

    // An original merged into another original, which is then merged into the root.
    const middle = await insertRecord(dataSource, { submittedYear: year, stage: 'county-passed' });
    await insertStep(dataSource, middle.id, {
      sequence: 1,
      transition: 'submit',
      fromStage: null,
      toStage: 'submitted',
      cycleYear: year,
      occurredAt: hoursAgo(95),
    });
    const leaf = await insertRecord(dataSource, { submittedYear: year, stage: 'merged', mergedIntoId: middle.id });
    await insertStep(dataSource, leaf.id, {
      sequence: 1,
      transition: 'submit',
      fromStage: null,
      toStage: 'submitted',
      cycleYear: year,
      occurredAt: hoursAgo(99),
    });
    await insertStep(dataSource, leaf.id, {
      sequence: 2,
      transition: 'merge',
      fromStage: 'submitted',
      toStage: 'merged',
      cycleYear: year,
      occurredAt: hoursAgo(85),
      reason: 'Duplicate.',
      linked: { mergedIntoId: middle.id },
    });
    // The root is on the questionnaire: only an in-committee-or-earlier original can be merged, into any open target.
    dataOf(await merge({ sourceIds: [middle.id], targetId: root.id, reason: 'Same proposal, later county.' }));

    const PROVENANCE = `query ($id: ID!) { resolutionProvenance(id: $id) {
      resolution { id number }
      steps { resolutionNumber cycleYear sequence transition transitionName fromStage toStage fromStageName toStageName actorKind actorName reason
        countyResult { county { code } countyCode year yes no abstain passed }
        statewideResult { year yes no countiesInFavour countiesCounted passed }
        links { motionId mergedIntoNumber mergedFromNumbers counties fromCycleYear } } } }`;
    type ProvenanceStep = {
      resolutionNumber: string;
      cycleYear: number;
      sequence: number;
      transition: string;
      transitionName: string;
      actorKind: string;
      countyResult: unknown;
      statewideResult: unknown;
      links: { mergedIntoNumber: string | null; mergedFromNumbers: string[]; counties: string[]; fromCycleYear: number | null };
    };
    const provenance = dataOf(
      await gql<{ resolutionProvenance: { resolution: { id: string }; steps: ProvenanceStep[] } }>(PROVENANCE, { id: root.id }),
    ).resolutionProvenance;
    expect(provenance.resolution.id).toBe(root.id);
    expect(provenance.steps.map((step) => [step.resolutionNumber, step.transition, step.cycleYear])).toEqual([
      [root.number, 'submit', year],
      [leaf.number, 'submit', year],
      [middle.number, 'submit', year],
      [root.number, 'accept-screening', year],
      [leaf.number, 'merge', year],
      [root.number, 'record-county-pass', year],
      [root.number, 'carry-over', next],
      [root.number, 'three-two-rule', next],
      // The merge just made: the root records it, then the original takes its transition.
      [root.number, 'merged-in', next],
      [middle.number, 'merge', year],
    ]);
    const byTransition = (resolutionNumber: string, transition: string) =>
      provenance.steps.find((step) => step.resolutionNumber === resolutionNumber && step.transition === transition);
    expect(byTransition(root.number, 'record-county-pass')).toMatchObject({
      actorKind: 'SYSTEM',
      transitionName: 'Record the county pass',
      countyResult: { county: { code: '55025' }, countyCode: '55025', year, yes: 120, no: 30, abstain: 4, passed: true },
    });
    expect(byTransition(root.number, 'three-two-rule')).toMatchObject({
      links: { counties: ['55025', '55003', '55007'] },
      statewideResult: { year: next, yes: 9000, no: 4000, countiesInFavour: 61, countiesCounted: 72, passed: true },
    });
    expect(byTransition(root.number, 'carry-over')?.links.fromCycleYear).toBe(year);
    expect(byTransition(leaf.number, 'merge')?.links.mergedIntoNumber).toBe(middle.number);
    expect(byTransition(middle.number, 'merge')?.links.mergedIntoNumber).toBe(root.number);
    expect(byTransition(root.number, 'merged-in')?.links.mergedFromNumbers).toEqual([middle.number]);
    expect(byTransition(root.number, 'accept-screening')).toMatchObject({
      transitionName: 'Accept at screening',
      fromStageName: 'Submitted, awaiting screening',
      toStageName: 'Introduced at the county meeting',
      reason: 'Meets the criteria.',
    });

    // The original's own provenance is its path, ending where it was merged.
    const own = dataOf(await gql<{ resolutionProvenance: { steps: ProvenanceStep[] } }>(PROVENANCE, { id: middle.id })).resolutionProvenance.steps;
    expect(own.map((step) => [step.resolutionNumber, step.transition])).toEqual([
      [leaf.number, 'submit'],
      [middle.number, 'submit'],
      [leaf.number, 'merge'],
      [middle.number, 'merge'],
    ]);
    expect(codeOf(await gql(PROVENANCE, { id: randomUUID() }))).toBe(ErrorCode.NOT_FOUND);
  });
});

describe('implementation reports', () => {
  const FILE = `mutation ($input: FileImplementationReportInput!) { fileImplementationReport(input: $input) { id resolutionId year text reporterName } }`;

  it('files one report per year in a stage that accepts them, clearing the flag a missing report raised', async () => {
    const year = baseYear + 8;
    const overdue = await insertRecord(dataSource, {
      submittedYear: year,
      stage: 'implementation',
      deadlineAt: hoursAgo(24),
      flaggedAt: hoursAgo(23),
      flagReason: 'The yearly implementation report is overdue.',
    });
    const filed = await gql<{ fileImplementationReport: { id: string; year: number; text: string; reporterName: string } }>(
      FILE,
      { input: { resolutionId: overdue.id, year: year + 1, text: 'The rule took effect on May 1.' } },
      { token: staff },
    );
    expect(dataOf(filed).fileImplementationReport).toMatchObject({ year: year + 1, text: 'The rule took effect on May 1.', reporterName: 'Stella Staff' });
    const [row] = (await dataSource.query(`SELECT "flagged_at", "flag_reason", "deadline_at" FROM "resolutions"."resolution" WHERE "id" = $1`, [
      overdue.id,
    ])) as Array<{
      flagged_at: Date | null;
      flag_reason: string | null;
      deadline_at: Date;
    }>;
    expect(row).toMatchObject({ flagged_at: null, flag_reason: null });
    expect((row?.deadline_at.getTime() ?? 0) - Date.now()).toBeGreaterThan(364 * 86_400_000);
    const audit = (await dataSource.query(`SELECT "kind", "data" FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1`, [overdue.id])) as Array<{
      kind: string;
      data: { year: number };
    }>;
    expect(audit).toEqual([{ kind: 'implementation-report', data: expect.objectContaining({ year: year + 1, text: 'The rule took effect on May 1.' }) }]);

    const REPORTS = `query ($id: ID) { resolution(id: $id) { implementationReports { year text reporterName } } }`;
    expect(dataOf(await gql<{ resolution: { implementationReports: unknown[] } }>(REPORTS, { id: overdue.id })).resolution.implementationReports).toEqual([
      { year: year + 1, text: 'The rule took effect on May 1.', reporterName: 'Stella Staff' },
    ]);

    expect(codeOf(await gql(FILE, { input: { resolutionId: overdue.id, year: year + 1, text: 'Again.' } }, { token: staff }))).toBe(ErrorCode.CONFLICT);
    const early = await insertRecord(dataSource, { submittedYear: year, stage: 'in-committee', committeeCode: COMMITTEE });
    expect(codeOf(await gql(FILE, { input: { resolutionId: early.id, year, text: 'Too early.' } }, { token: staff }))).toBe(ErrorCode.CONDITION_NOT_MET);
    expect(codeOf(await gql(FILE, { input: { resolutionId: overdue.id, year: year + 2, text: 'Not mine.' } }, { token: resident }))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(FILE, { input: { resolutionId: overdue.id, year: year + 2, text: 'Anonymous.' } }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(await gql(FILE, { input: { resolutionId: randomUUID(), year, text: 'Nothing.' } }, { token: staff }))).toBe(ErrorCode.NOT_FOUND);
    const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS "n" FROM "resolutions"."implementation_report" WHERE "resolution_id" = ANY($1::uuid[])`, [
      [overdue.id, early.id],
    ])) as [{ n: number }];
    expect(n).toBe(1);
  });
});

describe('staff console', () => {
  const QUEUE = `query ($filter: ResolutionFilterInput) { resolutionQueue(filter: $filter) {
    total byStage { stage stageName count flagged } byCommittee { committeeCode count overdue }
    items(first: 2) { totalCount edges { node { number stageName transitions { sequence } } } } } }`;
  const CSV = `query ($filter: ResolutionFilterInput) { exportResolutionsCsv(filter: $filter) }`;
  let year: number;
  let rows: Inserted[];

  beforeAll(async () => {
    year = baseYear + 9;
    const committee = `${COMMITTEE}-queue`;
    rows = [
      await insertRecord(dataSource, {
        number: `Q${year}-${suffix}-1`,
        submittedYear: year,
        stage: 'in-committee',
        committeeCode: committee,
        deadlineAt: hoursAgo(2),
        flaggedAt: hoursAgo(1),
      }),
      await insertRecord(dataSource, {
        number: `Q${year}-${suffix}-2`,
        submittedYear: year,
        stage: 'in-committee',
        committeeCode: committee,
        deadlineAt: new Date(Date.now() + 86_400_000),
      }),
      await insertRecord(dataSource, {
        number: `Q${year}-${suffix}-3`,
        submittedYear: year,
        stage: 'council-review',
        committeeCode: committee,
        title: 'Deer, "antlerless" tags',
        text: 'Issue more antlerless tags.',
        topic: 'deer',
      }),
    ];
    await insertStep(dataSource, rows[0]?.id ?? '', {
      sequence: 1,
      transition: 'submit',
      fromStage: null,
      toStage: 'submitted',
      cycleYear: year,
      occurredAt: hoursAgo(10),
    });
  });

  it('counts the queue by stage and by committee, with its items', async () => {
    const queue = dataOf(await gql<{ resolutionQueue: Record<string, unknown> }>(QUEUE, { filter: { cycleYear: year } }, { token: staff })).resolutionQueue;
    expect(queue).toEqual({
      total: 3,
      byStage: [
        { stage: 'council-review', stageName: 'Council and Executive Committee review', count: 1, flagged: 0 },
        { stage: 'in-committee', stageName: 'In advisory committee', count: 2, flagged: 1 },
      ],
      byCommittee: [{ committeeCode: `${COMMITTEE}-queue`, count: 2, overdue: 1 }],
      items: {
        totalCount: 3,
        edges: [
          { node: { number: rows[0]?.number, stageName: expect.any(String), transitions: [{ sequence: 1 }] } },
          { node: { number: rows[1]?.number, stageName: expect.any(String), transitions: [] } },
        ],
      },
    });
  });

  it('exports the filtered resolutions as CSV, quoting commas and quotes', async () => {
    const csv = dataOf(await gql<{ exportResolutionsCsv: string }>(CSV, { filter: { cycleYear: year, topic: 'deer' } }, { token: staff })).exportResolutionsCsv;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(EXPORT_HEADER.join(','));
    expect(lines[0]).toBe(
      'number,title,kind,topic,county,submittedYear,cycleYear,stage,committee,deadlineAt,flaggedAt,flagReason,authorName,textVersion,updatedAt',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(
        `^Q${year}-${suffix}-3,"Deer, ""antlerless"" tags",advisory,deer,55025,${year},${year},council-review,${COMMITTEE}-queue,,,,Rita Resident,1,\\d{4}-\\d\\d-\\d\\dT`,
      ),
    );
    expect(lines[2]).toBe('');
  });

  it('is for staff only', async () => {
    expect(codeOf(await gql(QUEUE, { filter: { cycleYear: year } }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(await gql(QUEUE, { filter: { cycleYear: year } }, { token: resident }))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(CSV, { filter: { cycleYear: year } }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(await gql(CSV, { filter: { cycleYear: year } }, { token: resident }))).toBe(ErrorCode.FORBIDDEN);
  });
});
