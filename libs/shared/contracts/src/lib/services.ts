/** The services of the platform. Each owns one Postgres schema of the same name. */
export const SERVICE_NAMES = ['identity', 'assemblies', 'resolutions', 'voting'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
