export * from './vocabulary.ts';
export * from './item.ts';
export * from './unit.ts';
export * from './guide.ts';
export * from './workflow.ts';
