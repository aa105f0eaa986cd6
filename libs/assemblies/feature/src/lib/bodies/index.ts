export { BodiesModule } from './bodies.module';
export { BodyMembershipService, type MembershipFill } from './body-membership.service';
export { BodyReader } from './body-reader.service';
export { BodyType } from './body.type';
export { BodyOfficeValue } from './body.enums';
export { seedBodiesDemo } from './bodies-demo.seed';
