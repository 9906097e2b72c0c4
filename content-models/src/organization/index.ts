export * from './divisions.ts';
export * from './layout.ts';
export * from './parse.ts';
