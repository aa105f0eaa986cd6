export { LimitsModule } from './limits.module';
export { RequestThrottle } from './request-throttle.service';
export { clientIpOf, type RequestLike } from './client-ip';
