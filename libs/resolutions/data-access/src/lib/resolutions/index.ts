// A resolution, its text versions and its transitions (every area reads them), and reading resolutions by id.
export * from './resolution.entity';
export * from './resolution-version.entity';
export * from './resolution-transition.entity';
export * from './resolution-lookup.repository';
