export { SessionsModule } from './sessions.module';
export { AuthResolver } from './auth.resolver';
export { SignInThrottle } from './sign-in-throttle.service';
