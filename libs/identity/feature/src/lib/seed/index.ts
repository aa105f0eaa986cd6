export { seedIdentityDemo } from './identity-demo.seed';
