import { defineProject } from 'vitest/config';

// The same CMS integration suite on a throwaway PostgreSQL cluster (a fresh database per test file).
export default defineProject({
  test: {
    name: 'cms-postgres',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    // The entry points' production checks start child processes on SQLite files of their own: once is enough.
    exclude: ['production.test.ts'],
    globalSetup: ['./support/postgres-global.ts'],
    setupFiles: ['./support/database.ts'],
    provide: { databaseKind: 'postgres' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
