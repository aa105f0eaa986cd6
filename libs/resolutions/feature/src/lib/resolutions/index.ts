// The resolution as the public sees it (its GraphQL type and enums), the input checks every
// area shares, and reading resolutions by id.
export { JurisdictionReference } from './jurisdiction-reference.type';
export { ActorKindValue, ResolutionKindValue } from './resolution.enums';
export { ResolutionType, toResolutionType } from './resolution.type';
export { actorName, isStaff, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH, resolutionText } from './resolutions-validation';
export { ResolutionsModule } from './resolutions.module';
