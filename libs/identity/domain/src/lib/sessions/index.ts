export * from './access-token-claims';
export * from './sign-in-lockout';
