export * from './terms.ts';
export * from './text.ts';
export * from './vocabulary.ts';
export * from './query-plan.ts';
export * from './service-document.ts';
export * from './rank.ts';
export * from './places.ts';
export * from './synonyms.ts';
