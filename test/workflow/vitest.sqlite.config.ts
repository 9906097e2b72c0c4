import { defineProject } from 'vitest/config';

// The review workflow through HTTP on an embedded SQLite file (a fresh temp file per test file).
export default defineProject({
  test: {
    name: 'workflow-sqlite',
    root: import.meta.dirname,
    include: ['*.test.ts'],
    setupFiles: ['../cms/support/database.ts'],
    // Files share a worker (see support/database.ts): Payload and its packages load once per worker.
    isolate: false,
    provide: { databaseKind: 'sqlite' },
    // Files run two at a time (root maxWorkers): each has a database and media folder of its own.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
