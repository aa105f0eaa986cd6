// The demo's citizen resolutions (npm start seeds them).
export { seedResolutionsDemo } from './resolutions-demo.seed';
