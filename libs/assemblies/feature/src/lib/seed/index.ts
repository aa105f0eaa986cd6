export { seedAssembliesDemo } from './assemblies-demo.seed';
