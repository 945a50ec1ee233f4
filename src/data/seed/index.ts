export {
  generateDemoData,
  defaultFrom,
  type DemoData,
  type DemoDataOptions,
} from './generateDemoData';
export { writeDemoData, type SeedReport } from './writeDemoData';
export { demoPeople, demoUsers, demoHeadsOfService, demoOwners } from './demoPeople';
export { createRandom, type Random } from './random';
