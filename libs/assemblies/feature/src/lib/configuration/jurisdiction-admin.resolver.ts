import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import type { JurisdictionEntity, TierEntity } from '@civic/assemblies-data-access';
import { Jurisdiction, Tier } from '../jurisdictions';
import { AddJurisdictionService } from './add-jurisdiction.service';
import { RemoveJurisdictionService } from './remove-jurisdiction.service';
import { RenameTierService } from './rename-tier.service';
import { AddJurisdictionInput, RemoveJurisdictionInput, RenameTierInput, UpdateJurisdictionInput } from './tree-edit.input';
import { UpdateJurisdictionService } from './update-jurisdiction.service';

/** Staff edits of the tier names and the jurisdiction tree; each is one entry of configurationHistory. */
@RequireRoles('staff', 'admin')
@Resolver()
export class JurisdictionAdminResolver {
  constructor(
    private readonly renameTierService: RenameTierService,
    private readonly addService: AddJurisdictionService,
    private readonly updateService: UpdateJurisdictionService,
    private readonly removeService: RemoveJurisdictionService,
  ) {}

  @Mutation(() => Tier, { description: 'Staff: rename a level of the jurisdiction tree (e.g. County → Parish).' })
  renameTier(@Args('input') input: RenameTierInput, @CurrentUser() user: AuthenticatedUser): Promise<TierEntity> {
    return this.renameTierService.rename(input, user);
  }

  @Mutation(() => Jurisdiction, { description: 'Staff: add a jurisdiction one tier below its parent; its tier’s seats are created vacant.' })
  addJurisdiction(@Args('input') input: AddJurisdictionInput, @CurrentUser() user: AuthenticatedUser): Promise<JurisdictionEntity> {
    return this.addService.add(input, user);
  }

  @Mutation(() => Jurisdiction, {
    description: 'Staff: rename a jurisdiction, set its population or seat, or move it under another parent of the same tier. Codes never change.',
  })
  updateJurisdiction(@Args('input') input: UpdateJurisdictionInput, @CurrentUser() user: AuthenticatedUser): Promise<JurisdictionEntity> {
    return this.updateService.update(input, user);
  }

  @Mutation(() => Boolean, {
    description:
      'Staff: remove a jurisdiction nothing refers to (no children, no seat ever held, no meetings, elections, residents or memberships); otherwise CONFLICT.',
  })
  removeJurisdiction(@Args('input') input: RemoveJurisdictionInput, @CurrentUser() user: AuthenticatedUser): Promise<boolean> {
    return this.removeService.remove(input, user);
  }
}
