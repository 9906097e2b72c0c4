export { generateCatalog, DEFAULT_NOW, DEMO_SETTINGS, type GenerateOptions, type GeneratedCatalog } from './catalog.ts';
