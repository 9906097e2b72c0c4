import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

// The same workflow suite on a throwaway PostgreSQL cluster (a fresh database per test file).
export default defineProject({
  test: {
    name: 'workflow-postgres',
    maxWorkers: FILE_WORKERS,
    root: import.meta.dirname,
    include: ['*.test.ts'],
    // Refusals (wrong role, wrong unit, own submission) are decided before any write: once, on SQLite.
    exclude: ['forbidden.test.ts'],
    globalSetup: ['../cms/support/postgres-global.ts'],
    setupFiles: ['../cms/support/database.ts'],
    // Files share a worker (see support/database.ts): Payload and its packages load once per worker.
    isolate: false,
    provide: { databaseKind: 'postgres' },
    // Files run two at a time (FILE_WORKERS): each has a database and media folder of its own.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
