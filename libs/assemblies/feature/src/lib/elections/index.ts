export { ElectionsModule } from './elections.module';
