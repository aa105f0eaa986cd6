import { ConnectionType } from '@civic/platform';
import { ResolutionType } from '../resolutions';

/** `ResolutionConnection`: the one page type of resolutions; every list of resolutions uses it. */
export const ResolutionConnection = ConnectionType(ResolutionType, 'Resolution');
