import { Module } from '@nestjs/common';
import { SubmissionRulesResolver } from './rules/submission-rules.resolver';

export const resolutionsResolvers = [SubmissionRulesResolver];

@Module({ providers: [...resolutionsResolvers] })
export class ResolutionsFeatureModule {}
