export * from './period.ts';
export * from './percentile.ts';
export * from './return-reasons.ts';
export * from './statistics.ts';
export * from './completeness.ts';
export * from './ranking.ts';
