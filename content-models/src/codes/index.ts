export type { CodeCheck } from './code-check.ts';
export * from './code-format.ts';
export * from './credit-code.ts';
export * from './region-code.ts';
export * from './basic-code.ts';
export * from './implementation-code.ts';
export * from './region-ancestors.ts';
