export { RepresentationModule } from './representation.module';
