// The comments area: residents' comments on resolutions.
export * from './resolution-comment.entity';
export * from './resolution-comment.repository';
