export * from './access-audit';
export * from './access-token.verifier';
export * from './access.decorator';
export * from './access.guard';
export * from './auth.module';
export * from './authenticated-user';
export * from './current-user.decorator';
