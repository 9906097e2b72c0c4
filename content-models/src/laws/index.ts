export * from './document-number.ts';
export * from './citation.ts';
export * from './guide-citations.ts';
export * from './register.ts';
export * from './public-law.ts';
