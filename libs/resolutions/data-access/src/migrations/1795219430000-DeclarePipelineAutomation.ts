import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pipeline behaviour becomes data: each transition declares what it sets off (`effects`) and
 * the event on which the platform takes it by itself (`takenWhen`), and the services read
 * those declarations instead of the Wisconsin transition codes they used to know. Stored
 * versions are given the declarations that describe what the platform did with them so far,
 * so every resolution under way keeps moving exactly as before:
 *
 * - the transitions named by the Wisconsin codes the services knew get their declarations
 *   (a version published with other codes had no automatic moves, and still has none);
 * - the 3:2 rule's `transition` moves onto that transition as `takenWhen: three-two-rule-met`.
 *
 * Published versions are otherwise never edited; this adds meaning the code held, not a
 * change. Down takes the declarations off again and gives the 3:2 rule back its
 * `transition`. Written out here, not imported, so that the migration stays what it was
 * when later code changes.
 */
export class DeclarePipelineAutomation1795219430000 implements MigrationInterface {
  name = 'DeclarePipelineAutomation1795219430000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rewriteDefinitions(queryRunner, declareAutomation);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteDefinitions(queryRunner, undeclareAutomation);
  }
}

type Json = Record<string, unknown>;
interface StoredTransition extends Json {
  code: string;
  effects?: string[];
  takenWhen?: { event: string; bodyCode?: string };
}
interface StoredDefinition extends Json {
  transitions: StoredTransition[];
  threeTwoRule?: { counties: number; consecutiveYears: number; transition?: string };
}

/** What the services did on the Wisconsin codes until this migration. */
const EFFECTS_BY_CODE: Readonly<Record<string, string[]>> = {
  // 'resolutions.introduced' was announced on this code.
  'accept-screening': ['opens-county-vote'],
  // 'resolutions.question-approved' was announced on these.
  'complete-agency-review': ['puts-question-on-questionnaire'],
  'three-two-rule': ['puts-question-on-questionnaire'],
};
const TAKEN_WHEN_BY_CODE: Readonly<Record<string, { event: string; bodyCode?: string }>> = {
  'record-county-pass': { event: 'county-vote-passed' },
  'record-county-fail': { event: 'county-vote-failed' },
  'record-statewide-result': { event: 'statewide-result-certified' },
  'convention-adopt': { event: 'roll-call-passed', bodyCode: 'convention' },
  'convention-reject': { event: 'roll-call-failed', bodyCode: 'convention' },
};
const THREE_TWO_RULE_MET = 'three-two-rule-met';

/** Adds the declarations a stored definition's codes implied (those it has already are kept). */
export function declareAutomation(definition: StoredDefinition): StoredDefinition {
  const ruleTransition = definition.threeTwoRule?.transition;
  const transitions = definition.transitions.map((transition) => {
    const effects = transition.effects ?? EFFECTS_BY_CODE[transition.code];
    const takenWhen = transition.takenWhen ?? (transition.code === ruleTransition ? { event: THREE_TWO_RULE_MET } : TAKEN_WHEN_BY_CODE[transition.code]);
    return { ...transition, ...(effects ? { effects: [...effects] } : {}), ...(takenWhen ? { takenWhen: { ...takenWhen } } : {}) };
  });
  if (!definition.threeTwoRule) return { ...definition, transitions };
  const { transition: _moved, ...threeTwoRule } = definition.threeTwoRule;
  return { ...definition, transitions, threeTwoRule };
}

/** Takes every declaration off, and names the 3:2 rule's transition on the rule again. */
export function undeclareAutomation(definition: StoredDefinition): StoredDefinition {
  const ruleTransition = definition.transitions.find((transition) => transition.takenWhen?.event === THREE_TWO_RULE_MET)?.code;
  const transitions = definition.transitions.map(({ effects: _effects, takenWhen: _takenWhen, ...transition }) => transition);
  if (!definition.threeTwoRule) return { ...definition, transitions };
  return { ...definition, transitions, threeTwoRule: { ...definition.threeTwoRule, transition: definition.threeTwoRule.transition ?? ruleTransition ?? '' } };
}

async function rewriteDefinitions(queryRunner: QueryRunner, rewrite: (definition: StoredDefinition) => StoredDefinition): Promise<void> {
  const rows = (await queryRunner.query(`SELECT "version", "definition" FROM "resolutions"."pipeline_version" ORDER BY "version" FOR UPDATE`)) as Array<{
    version: number;
    definition: StoredDefinition;
  }>;
  for (const row of rows) {
    await queryRunner.query(`UPDATE "resolutions"."pipeline_version" SET "definition" = $2::jsonb WHERE "version" = $1`, [
      row.version,
      JSON.stringify(rewrite(row.definition)),
    ]);
  }
}
