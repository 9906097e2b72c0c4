import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

// Onboarding a county (regions, units, accounts) through HTTP on an embedded SQLite file of its own.
export default defineProject({
  test: {
    name: 'organization-sqlite',
    maxWorkers: FILE_WORKERS,
    root: import.meta.dirname,
    include: ['*.test.ts'],
    setupFiles: ['../cms/support/database.ts'],
    // Files share a worker (see support/database.ts): Payload and its packages load once per worker.
    isolate: false,
    provide: { databaseKind: 'sqlite' },
    // Files run two at a time (FILE_WORKERS): each has a database and media folder of its own.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
