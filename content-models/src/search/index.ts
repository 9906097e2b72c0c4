export * from './abbreviations.ts';
export * from './tokenize.ts';
export * from './search-document.ts';
export * from './rank.ts';
export * from './places.ts';
export * from './synonyms.ts';
