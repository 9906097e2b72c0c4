export * from './passwordPolicy.ts';
