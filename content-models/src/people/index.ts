export * from './person-label.ts';
export * from './proposers.ts';
