import { countApproval } from './approval';
import type { CountingMethod, CountInput, CountResult } from './counting.types';
import { countPlurality } from './plurality';
import { countScottishStv } from './scottish-stv';

/** Counts an election with its configured method. */
export function countElection(method: CountingMethod, input: CountInput): CountResult {
  switch (method) {
    case 'plurality':
      return countPlurality(input);
    case 'approval':
      return countApproval(input);
    case 'stv':
      return countScottishStv(input);
  }
}
