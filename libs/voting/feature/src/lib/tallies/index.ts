import { LiveResults } from './live-results.service';
import { QuestionnaireResultsExport } from './questionnaire-results-export.service';
import { RecountResolver } from './recount.resolver';
import { RecountService } from './request-recount.service';
import { TalliesResolver } from './tallies.resolver';

export const tallyResolvers = [TalliesResolver, RecountResolver];

export const tallyProviders = [LiveResults, QuestionnaireResultsExport, RecountService];
