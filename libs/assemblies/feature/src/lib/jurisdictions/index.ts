export { JurisdictionsModule } from './jurisdictions.module';
export { Congress, Jurisdiction, JurisdictionConnection, Tier } from './jurisdiction.type';
