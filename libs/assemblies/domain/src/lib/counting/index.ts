export * from './counting.types';
export { drawLots, lotDigest } from './tie-break';
export { countPlurality } from './plurality';
export { countApproval } from './approval';
export { countScottishStv } from './scottish-stv';
export { countElection } from './count-election';
