import { defineProject } from 'vitest/config';

// Onboarding a county (regions, units, accounts) through HTTP on an embedded SQLite file of its own.
export default defineProject({
  test: {
    name: 'organization-sqlite',
    root: import.meta.dirname,
    include: ['*.test.ts'],
    setupFiles: ['../cms/support/database.ts'],
    provide: { databaseKind: 'sqlite' },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
