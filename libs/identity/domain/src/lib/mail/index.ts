export * from './mail-templates';
export * from './mail-delivery';
