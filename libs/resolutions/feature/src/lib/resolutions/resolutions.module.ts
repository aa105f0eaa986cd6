import { Module } from '@nestjs/common';
import { ResolutionLookupRepository } from '@civic/resolutions-data-access';

/** Reading resolutions by id, which every area does. */
@Module({
  providers: [ResolutionLookupRepository],
  exports: [ResolutionLookupRepository],
})
export class ResolutionsModule {}
