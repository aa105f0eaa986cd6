// Other services' events: declared conflicts, results from voting, the convention's votes, the 3:2 rule.
export { ApplyThreeTwoRuleService } from './apply-three-two-rule.service';
export { RecordCountyResultService } from './record-county-result.service';
export { RecordStatewideResultService } from './record-statewide-result.service';
export { EventsModule } from './events.module';
