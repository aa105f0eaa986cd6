import { Injectable } from '@nestjs/common';
import type { QuestionResultType } from './question-result.type';
import type { QuestionnaireResultRowType } from './questionnaire-result-row.type';
import { ResultReader } from './result-reader.service';

const CSV_HEADER = ['year', 'question_position', 'question_id', 'county_code', 'choice', 'online', 'in_room', 'paper', 'total', 'status'];

/** Use case: the year's results as open data, one row per question and county (CSV: per choice too). */
@Injectable()
export class QuestionnaireResultsExport {
  constructor(private readonly results: ResultReader) {}

  async rows(year: number): Promise<QuestionnaireResultRowType[]> {
    return this.rowsOf(year, await this.results.forYear(year));
  }

  private rowsOf(year: number, results: readonly QuestionResultType[]): QuestionnaireResultRowType[] {
    return results.flatMap((result) =>
      result.counties.map((county) => ({
        year,
        questionId: result.question.id,
        questionPosition: result.question.position,
        countyCode: county.countyCode,
        live: result.live,
        exact: result.exact,
        belowThreshold: county.belowThreshold,
        yes: county.yes,
        no: county.no,
        abstain: county.abstain,
        counts: county.counts,
        inFavour: county.inFavour,
        byChannel: county.byChannel,
      })),
    );
  }

  /**
   * RFC 4180 CSV, long format so every choice set fits one header. A county below the
   * threshold (voting open) has one line per choice with empty counts and status below-threshold.
   */
  async csv(year: number): Promise<string> {
    const lines = [CSV_HEADER.join(',')];
    const results = await this.results.forYear(year);
    const choicesOf = new Map(results.map((result) => [result.question.id, result.question.choices]));
    for (const row of await this.rowsOf(year, results)) {
      if (row.belowThreshold || !row.counts) {
        for (const choice of choicesOf.get(row.questionId) ?? []) {
          lines.push(
            [row.year, row.questionPosition, row.questionId, row.countyCode, choice, '', '', '', '', 'below-threshold']
              .map((value) => csvField(String(value)))
              .join(','),
          );
        }
        continue;
      }
      const channel = (name: string, choice: string) =>
        row.byChannel.find((entry) => entry.channel === name)?.counts.find((c) => c.choice === choice)?.count ?? 0;
      for (const { choice, count } of row.counts) {
        lines.push(
          [
            row.year,
            row.questionPosition,
            row.questionId,
            row.countyCode,
            choice,
            channel('online', choice),
            channel('in-room', choice),
            channel('paper', choice),
            count,
            row.live ? 'live' : 'certified',
          ]
            .map((value) => csvField(String(value)))
            .join(','),
        );
      }
    }
    return `${lines.join('\r\n')}\r\n`;
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
