/** The name of the identity jobs' own DataSource (other services' jobs sit beside it in the worker). */
export const IDENTITY_DATA_SOURCE = 'identity';
