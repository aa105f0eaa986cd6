export { ResidencyModule } from './residency.module';
export { AccountResidencyResolver } from './account-residency.resolver';
export { ResidencyResolver } from './residency.resolver';
