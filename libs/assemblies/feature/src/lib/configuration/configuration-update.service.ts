import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import {
  diffConfiguration,
  validateConfiguration,
  validateReason,
  type ConfigurationFieldChange,
  type CongressConfiguration,
  type MeetingOverride,
  type Ordinal,
} from '@civic/assemblies-domain';
import { ConfigurationRepository, CongressConfigurationEntity, JurisdictionRepository, SeatRepository } from '@civic/assemblies-data-access';
import { ConfirmationGate } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { badInput, DomainError } from '@civic/util';
import { ConfigurationReader, type CurrentConfiguration } from './configuration-reader.service';
import type { DateRuleInput, UpdateCalendarInput, UpdateSeatPlanInput, UpdateTermLimitInput } from './configuration.input';

type Section = 'seatPlan' | 'termLimit' | 'calendar';

/** A change under the two-person rule: the operation's name and its normalised input. */
interface TwoPersonGuard {
  operation: string;
  input: unknown;
}

/** The history's sections: the document's three, the tier names and the jurisdiction tree. */
export type ConfigurationSection = Section | 'tiers' | 'jurisdictions';

/**
 * Staff edits of the configuration. Each edit locks the configuration row, validates the
 * whole resulting document, records before and after of every changed value with who,
 * when and why, and (for the seat plan) reshapes the seats, all in one transaction: a
 * refused edit changes nothing. Tier names and the jurisdiction tree are edited by their
 * own use cases through `recordChange`, so they share the version and the history.
 */
@Injectable()
export class ConfigurationUpdateService {
  constructor(
    private readonly configurations: ConfigurationRepository,
    private readonly jurisdictions: JurisdictionRepository,
    private readonly seats: SeatRepository,
    private readonly reader: ConfigurationReader,
    private readonly confirmations: ConfirmationGate,
  ) {}

  /** Congress-wide and destructive (seats are added or removed): an admin, or staff with a second staff member's confirmation. */
  updateSeatPlan(input: UpdateSeatPlanInput, actor: AuthenticatedUser): Promise<CurrentConfiguration> {
    const seatClasses = input.seatClasses.map((seatClass) => ({
      code: seatClass.code.trim(),
      termYears: seatClass.termYears,
      anchorYear: seatClass.anchorYear,
    }));
    const seatPlans = input.seatPlans.map((plan) => ({ tierLevel: plan.tierLevel, seatClassCodes: plan.seatClassCodes.map((code) => code.trim()) }));
    const guard = { operation: 'updateSeatPlan', input: { seatClasses, seatPlans, reason: input.reason.trim() } };
    return this.update('seatPlan', input.reason, actor, (document) => ({ ...document, seatClasses, seatPlans }), guard);
  }

  updateTermLimit(input: UpdateTermLimitInput, actor: AuthenticatedUser): Promise<CurrentConfiguration> {
    const limit = input.maxConsecutiveTerms ?? null;
    return this.update('termLimit', input.reason, actor, (document) => ({
      ...document,
      termLimit: limit === null ? null : { maxConsecutiveTerms: limit },
    }));
  }

  updateCalendar(input: UpdateCalendarInput, actor: AuthenticatedUser): Promise<CurrentConfiguration> {
    const overrides = input.overrides.map((override, index): MeetingOverride => {
      const hasRule = override.rule !== undefined && override.rule !== null;
      const hasDate = override.date !== undefined && override.date !== null;
      if (hasRule === hasDate || (hasDate && (override.year === undefined || override.year === null))) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `overrides[${index}] needs either rule, or year and date.`, {
          field: `overrides[${index}]`,
        });
      }
      return override.rule
        ? { jurisdictionCode: override.jurisdictionCode, kind: 'rule', rule: rule(override.rule) }
        : { jurisdictionCode: override.jurisdictionCode, kind: 'date', year: override.year ?? 0, date: override.date ?? '' };
    });
    return this.update('calendar', input.reason, actor, (document) => ({
      ...document,
      calendar: { countyMeeting: rule(input.countyMeeting), convention: rule(input.convention), overrides },
    }));
  }

  private async update(
    section: Section,
    reason: string,
    actor: AuthenticatedUser,
    change: (document: CongressConfiguration) => CongressConfiguration,
    guard?: TwoPersonGuard,
  ): Promise<CurrentConfiguration> {
    const { configuration } = await this.recordChange(
      section,
      reason,
      actor,
      async (manager, before, congressId) => {
        const tiers = await this.jurisdictions.tiersOf(manager, congressId);
        const after = change(structuredClone(before.document));

        const overrideCodes = after.calendar.overrides.map((override) => override.jurisdictionCode);
        const known = new Set((await this.jurisdictions.findByCodes(overrideCodes)).map((jurisdiction) => jurisdiction.code));
        const problems = validateConfiguration(after, { tierLevels: tiers.map((tier) => tier.level), jurisdictionCodes: known });
        if (problems.length > 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, `The configuration is invalid: ${problems.join('; ')}`, { problems });

        const changes = diffConfiguration(before.document, after);
        if (changes.length > 0 && section === 'seatPlan') {
          const { blocked } = await this.seats.syncSeatPlan(manager, congressId, after.seatPlans);
          if (blocked > 0) {
            throw new DomainError(ErrorCode.CONFLICT, `${blocked} seats the plan removes have been held; they cannot be removed.`, { blocked });
          }
        }
        return { changes, document: after, result: undefined };
      },
      guard,
    );
    return configuration;
  }

  /**
   * The one way a configuration change is made and recorded, whatever it touches (the
   * document, the tier names, the jurisdiction tree): validates the reason, locks the
   * configuration row (edits queue up), runs `work` in the transaction, refuses a change
   * that changes nothing, then bumps the version and writes one history row with who,
   * when, why and each value before and after. A refusal thrown by `work` rolls back all.
   * With a `guard`, the transaction is the two-person rule's (`ConfirmationGate`).
   */
  async recordChange<T>(
    section: ConfigurationSection,
    reason: string,
    actor: AuthenticatedUser,
    work: (
      manager: EntityManager,
      before: CurrentConfiguration,
      congressId: string,
    ) => Promise<{ changes: ConfigurationFieldChange[]; document?: CongressConfiguration; result: T }>,
    guard?: TwoPersonGuard,
  ): Promise<{ configuration: CurrentConfiguration; result: T }> {
    const reasonProblems = validateReason(reason);
    if (reasonProblems.length > 0) throw badInput('reason', reasonProblems.join('; '));
    const congress = await this.reader.congress();

    const inTransaction = <R>(run: (manager: EntityManager) => Promise<R>): Promise<R> =>
      guard ? this.confirmations.run({ ...guard, caller: actor }, run) : this.configurations.transaction(run);
    return inTransaction(async (manager) => {
      const locked = await this.configurations.lockCurrent(manager, congress.id);
      const before: CurrentConfiguration = locked
        ? { congressId: congress.id, version: locked.version, document: locked.document as CongressConfiguration, updatedAt: locked.updatedAt }
        : await this.reader.current(congress.id);
      const { changes, document = before.document, result } = await work(manager, before, congress.id);
      if (changes.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Nothing would change.', { field: section });

      const now = new Date();
      const version = before.version + 1;
      const row = manager.create(CongressConfigurationEntity, {
        congressId: congress.id,
        version,
        document,
        updatedAt: now,
        updatedBy: actor.accountId,
      });
      await this.configurations.saveWithChange(manager, row, {
        congressId: congress.id,
        version,
        section,
        changedAt: now,
        changedBy: actor.accountId,
        reason: reason.trim(),
        changes,
      });
      return { configuration: { congressId: congress.id, version, document, updatedAt: now }, result };
    });
  }
}

function rule(input: DateRuleInput) {
  return { nth: input.nth as Ordinal, weekday: input.weekday, month: input.month };
}
