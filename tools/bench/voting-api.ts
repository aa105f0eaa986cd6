/**
 * The voting subgraph's operations the bench sends through the gateway. Everything that
 * depends on voting's schema is here, in one place, so a renamed field is one edit.
 */
import type { Pool } from 'pg';
import type { BenchQuestion } from './bulk-ballots';

export const ADD_QUESTION = /* GraphQL */ `
  mutation BenchAddQuestion($input: AddQuestionnaireQuestionInput!) {
    addQuestionnaireQuestion(input: $input) {
      id
      position
      choices
    }
  }
`;

export const OPEN_QUESTIONNAIRE = /* GraphQL */ `
  mutation BenchOpenQuestionnaire($year: Int!) {
    openQuestionnaire(year: $year) {
      id
      status
    }
  }
`;

/** One document for every ballot: the gateway plans it once and caches the plan. */
export const CAST_BALLOT = /* GraphQL */ `
  mutation BenchCastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      receipt
      countyCode
    }
  }
`;

export function castBallotVariables(year: number, answers: ReadonlyArray<{ questionId: string; choice: string }>): Record<string, unknown> {
  return { input: { year, channel: 'ONLINE', answers } };
}

export interface CastBallotData {
  castBallot: { receipt: string; countyCode: string };
}

/**
 * What a results page reads while voting runs: every question's live count statewide, the
 * counties in favour, and the county-by-county breakdown (yes / no / abstain; while voting is
 * open, the published snapshots, a county below the threshold with belowThreshold).
 */
export const LIVE_RESULTS = /* GraphQL */ `
  query BenchLiveResults($year: Int!) {
    questionResults(year: $year) {
      live
      yes
      no
      abstain
      countiesInFavour
      countiesCounted
      question {
        id
        position
      }
      counties {
        countyCode
        belowThreshold
        yes
        no
        abstain
        inFavour
      }
    }
  }
`;

/**
 * One question's live result as a results page shows it: statewide, county by county and
 * district by district. The bench's unit for "reading results" (item 4 of issue 5 is
 * "per question ... by county, district and statewide").
 */
export const QUESTION_RESULT = /* GraphQL */ `
  query BenchQuestionResult($questionId: ID!) {
    questionResult(questionId: $questionId) {
      live
      yes
      no
      abstain
      countiesInFavour
      countiesCounted
      passed
      question {
        id
        position
      }
      counties {
        countyCode
        belowThreshold
        yes
        no
        abstain
        inFavour
      }
      districts {
        districtCode
        yes
        no
        abstain
      }
    }
  }
`;

/** Is this receipt on the bulletin of the year's questionnaire? */
export const VERIFY_RECEIPT = /* GraphQL */ `
  query BenchVerifyReceipt($year: Int!, $receipt: String!) {
    verifyReceipt(year: $year, receipt: $receipt) {
      counted
      countyCode
    }
  }
`;

export interface VerifyReceiptData {
  verifyReceipt: { counted: boolean; countyCode: string | null } | null;
}

export async function questionnaireOf(pool: Pool, year: number): Promise<{ id: string; questions: BenchQuestion[] }> {
  const { rows } = await pool.query<{ id: string }>(`SELECT "id" FROM "voting"."questionnaire" WHERE "year" = $1`, [year]);
  const id = rows[0]?.id;
  if (!id) throw new Error(`no questionnaire for ${year}`);
  const questions = await pool.query<{ id: string; position: number; choices: string[] }>(
    `SELECT "id", "position", "choices" FROM "voting"."questionnaire_question" WHERE "questionnaire_id" = $1 ORDER BY "position"`,
    [id],
  );
  return { id, questions: questions.rows };
}

/** The live tally rows of a year, summed over channels: question → county → choice → count. */
export async function liveTally(pool: Pool, questionnaireId: string): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ question_id: string; county_code: string; choice: string; count: string }>(
    `SELECT "question_id", "county_code", "choice", sum("count") AS "count" FROM "voting"."ballot_tally"
      WHERE "questionnaire_id" = $1 GROUP BY 1, 2, 3`,
    [questionnaireId],
  );
  return new Map(rows.map((r) => [`${r.question_id}\u0000${r.county_code}\u0000${r.choice}`, Number(r.count)]));
}
