import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import {
  applyRule,
  countyMeetingDate,
  defaultCongressConfiguration,
  describeRule,
  type CongressConfiguration,
  type NthWeekdayRule,
} from '@civic/assemblies-domain';
import { ConfigurationRepository, JurisdictionRepository, type CongressEntity } from '@civic/assemblies-data-access';
import { pageWindow, toConnection, type Connection, type PageArgs } from '@civic/platform';
import { DomainError } from '@civic/util';
import type { AnnualCalendarType, ConfigurationChangeType, CongressConfigurationType, DateRuleType } from './congress-configuration.type';

export interface CurrentConfiguration {
  congressId: string;
  version: number;
  document: CongressConfiguration;
  updatedAt: Date | null;
}

/** Reads the congress configuration; the shipped default stands in until one is stored. */
@Injectable()
export class ConfigurationReader {
  constructor(
    private readonly configurations: ConfigurationRepository,
    private readonly jurisdictions: JurisdictionRepository,
  ) {}

  async congress(): Promise<CongressEntity> {
    const congress = await this.jurisdictions.findDefaultCongress();
    if (!congress) throw new DomainError(ErrorCode.NOT_FOUND, 'No congress has been configured yet.');
    return congress;
  }

  async current(congressId?: string): Promise<CurrentConfiguration> {
    const id = congressId ?? (await this.congress()).id;
    const row = await this.configurations.findCurrent(id);
    return row
      ? { congressId: id, version: row.version, document: row.document as CongressConfiguration, updatedAt: row.updatedAt }
      : { congressId: id, version: 0, document: defaultCongressConfiguration(), updatedAt: null };
  }

  async cancelledYears(congressId: string): Promise<number[]> {
    return (await this.configurations.findExtensions(congressId)).map((extension) => extension.cancelledYear);
  }

  async history(args: PageArgs): Promise<Connection<ConfigurationChangeType>> {
    const window = pageWindow(args);
    const congress = await this.congress();
    const [rows, total] = await this.configurations.historyPage(congress.id, window.offset, window.limit);
    const changes = rows.map((row) => ({
      ...row,
      changes: row.changes.map((change) => ({
        path: change.path,
        before: JSON.stringify(change.before ?? null),
        after: JSON.stringify(change.after ?? null),
      })),
    }));
    return toConnection(changes, total, window);
  }

  async annualCalendar(year: number): Promise<AnnualCalendarType> {
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'year must be between 1900 and 2200.', { field: 'year' });
    }
    const { congressId, document } = await this.current();
    const cancelled = await this.cancelledYears(congressId);
    return {
      year,
      countyMeetingDate: applyRule(document.calendar.countyMeeting, year),
      conventionDate: applyRule(document.calendar.convention, year),
      electionsHeld: !cancelled.includes(year),
    };
  }

  meetingDate(document: CongressConfiguration, jurisdictionCode: string, year: number): string {
    return countyMeetingDate(document.calendar.countyMeeting, document.calendar.overrides, jurisdictionCode, year);
  }

  toGraphQL(configuration: CurrentConfiguration): CongressConfigurationType {
    const { document } = configuration;
    return {
      version: configuration.version,
      updatedAt: configuration.updatedAt,
      seatClasses: document.seatClasses,
      seatPlans: document.seatPlans.map((plan) => ({ ...plan, seatsPerJurisdiction: plan.seatClassCodes.length })),
      termLimit: document.termLimit,
      calendar: {
        countyMeeting: ruleType(document.calendar.countyMeeting),
        convention: ruleType(document.calendar.convention),
        overrides: document.calendar.overrides.map((override) =>
          override.kind === 'rule'
            ? { jurisdictionCode: override.jurisdictionCode, rule: ruleType(override.rule), year: null, date: null }
            : { jurisdictionCode: override.jurisdictionCode, rule: null, year: override.year, date: override.date },
        ),
      },
    };
  }
}

function ruleType(rule: NthWeekdayRule): DateRuleType {
  return { ...rule, description: describeRule(rule) };
}
