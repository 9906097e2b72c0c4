export * from './rating-vocabulary.ts';
export * from './rating-summary.ts';
