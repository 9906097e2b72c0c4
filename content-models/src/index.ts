export * from './vocabularies/index.ts';
export * from './guide/guide-schema.ts';
export * from './snapshot/snapshot-schema.ts';
export * from './codes/index.ts';
export * from './quality/index.ts';
export * from './workflow/index.ts';
export * from './diff/index.ts';
