import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { WISCONSIN_SUBMISSION_LIMITS } from '@civic/resolutions-domain';
import { CycleConfigurationRepository } from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { AuditLogService } from '../workflow';
import type { ConfigureResolutionCycleInput } from './configure-resolution-cycle.input';
import { toCycleType } from './resolution-cycle-reader.service';
import type { ResolutionCycleType } from './resolution-cycle.type';
import { SubmissionClock } from './submission-clock';
import { actorName } from '../resolutions';

const MIN_YEAR = 2000;
const MAX_YEAR = 2999;
const MAX_WINDOW_DAYS = 366;
const MAX_CHARACTERS_CEILING = 100_000;
const MAX_PER_PERSON_CEILING = 100;

/**
 * Use case: staff set a congress year's submission window and limits (insert or replace).
 * Windows should not overlap; where they do, a submission belongs to the later year (see
 * CycleConfigurationRepository.findOpenAt). Writers are serialised so that the audit entry's
 * "previous" is the setting really replaced.
 */
@Injectable()
export class ConfigureResolutionCycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: CycleConfigurationRepository,
    private readonly audit: AuditLogService,
    private readonly clock: SubmissionClock,
  ) {}

  async configure(user: AuthenticatedUser, input: ConfigureResolutionCycleInput): Promise<ResolutionCycleType> {
    const settings = validate(input);
    const row = await this.dataSource.transaction(async (manager) => {
      await this.cycles.lockWriters(manager);
      const previous = await this.cycles.findByYear(settings.year, manager);
      const saved = await this.cycles.upsert(manager, { ...settings, updatedBy: user.accountId });
      await this.audit.append(manager, {
        resolutionId: null,
        kind: 'cycle-configured',
        actor: { kind: 'person', id: user.accountId, name: actorName(user) },
        data: {
          year: settings.year,
          windowOpensAt: settings.windowOpensAt.toISOString(),
          windowClosesAt: settings.windowClosesAt.toISOString(),
          maxCharacters: settings.maxCharacters,
          maxPerPerson: settings.maxPerPerson,
          previous: previous
            ? {
                windowOpensAt: previous.windowOpensAt.toISOString(),
                windowClosesAt: previous.windowClosesAt.toISOString(),
                maxCharacters: previous.maxCharacters,
                maxPerPerson: previous.maxPerPerson,
              }
            : null,
        },
      });
      return saved;
    });
    return toCycleType(row, this.clock.now());
  }
}

function validate(input: ConfigureResolutionCycleInput) {
  const refuse = (field: string, message: string): never => {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
  };
  if (!Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > MAX_YEAR) refuse('year', `year must be between ${MIN_YEAR} and ${MAX_YEAR}.`);
  const opensAt = input.windowOpensAt;
  const closesAt = input.windowClosesAt;
  if (Number.isNaN(opensAt.getTime())) refuse('windowOpensAt', 'windowOpensAt is not a valid time.');
  if (Number.isNaN(closesAt.getTime())) refuse('windowClosesAt', 'windowClosesAt is not a valid time.');
  if (closesAt.getTime() <= opensAt.getTime()) refuse('windowClosesAt', 'The window must close after it opens.');
  if (closesAt.getTime() - opensAt.getTime() > MAX_WINDOW_DAYS * 86_400_000) refuse('windowClosesAt', `The window may last at most ${MAX_WINDOW_DAYS} days.`);
  const maxCharacters = input.maxCharacters ?? WISCONSIN_SUBMISSION_LIMITS.maxCharacters;
  if (!Number.isInteger(maxCharacters) || maxCharacters < 1 || maxCharacters > MAX_CHARACTERS_CEILING) {
    refuse('maxCharacters', `maxCharacters must be between 1 and ${MAX_CHARACTERS_CEILING}.`);
  }
  const maxPerPerson = input.maxPerPerson ?? WISCONSIN_SUBMISSION_LIMITS.maxPerPersonPerYear;
  if (!Number.isInteger(maxPerPerson) || maxPerPerson < 1 || maxPerPerson > MAX_PER_PERSON_CEILING) {
    refuse('maxPerPerson', `maxPerPerson must be between 1 and ${MAX_PER_PERSON_CEILING}.`);
  }
  return { year: input.year, windowOpensAt: opensAt, windowClosesAt: closesAt, maxCharacters, maxPerPerson };
}
