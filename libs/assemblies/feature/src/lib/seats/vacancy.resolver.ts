import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { TenureEntity, TermExtensionEntity } from '@civic/assemblies-data-access';
import { Authenticated, CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { DelegateAppointmentService } from './delegate-appointment.service';
import { TenureType } from './seat.type';
import { TenureEndingService } from './tenure-ending.service';
import { TermExtensionService } from './term-extension.service';
import { TermExtensionType } from './term-extension.type';
import { AppointDelegateInput, EndTenureInput, ExtendTermsInput } from './vacancy.input';

/** Vacancies and terms: who may call what is stated on each mutation. */
@Resolver(() => TenureType)
export class VacancyResolver {
  constructor(
    private readonly ending: TenureEndingService,
    private readonly appointments: DelegateAppointmentService,
    private readonly extensions: TermExtensionService,
  ) {}

  @Authenticated()
  @Mutation(() => TenureType, { description: 'The delegate themself, or staff: resign a seat; it becomes vacant.' })
  resignSeat(@Args('input') input: EndTenureInput, @CurrentUser() user: AuthenticatedUser): Promise<TenureEntity> {
    return this.ending.end(input.tenureId, 'resigned', input.reason, user);
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => TenureType, { description: 'Staff: remove a delegate; the seat becomes vacant.' })
  removeDelegate(@Args('input') input: EndTenureInput, @CurrentUser() user: AuthenticatedUser): Promise<TenureEntity> {
    return this.ending.end(input.tenureId, 'removed', input.reason, user);
  }

  @Authenticated()
  @Mutation(() => TenureType, {
    description:
      "County delegation chair (the county's current chair) or staff: appoint a verified resident of the county (else NOT_ELIGIBLE), within the term limit (else TERM_LIMIT_REACHED), to a vacant seat of the county for the rest of its term. Anyone else, a chair of another county included: FORBIDDEN.",
  })
  appointDelegate(@Args('input') input: AppointDelegateInput, @CurrentUser() user: AuthenticatedUser): Promise<TenureEntity> {
    return this.appointments.appoint(input, user);
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => TermExtensionType, {
    description:
      'Cancel a year’s elections and extend every term in office by one year. Admin, or agency staff with a second staff member’s confirmation: the second sends the same request (same input) within 24 hours; until then the call is refused with CONFIRMATION_REQUIRED and nothing changes.',
  })
  extendTerms(@Args('input') input: ExtendTermsInput, @CurrentUser() user: AuthenticatedUser): Promise<TermExtensionEntity> {
    return this.extensions.extend(input.cancelledYear, input.reason, user);
  }
}
