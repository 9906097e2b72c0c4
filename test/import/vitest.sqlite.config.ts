import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

// The spreadsheet import and export through HTTP on an embedded SQLite file (a fresh temp file per test file).
export default defineProject({
  test: {
    name: 'import-sqlite',
    maxWorkers: FILE_WORKERS,
    root: import.meta.dirname,
    include: ['*.test.ts'],
    setupFiles: ['../cms/support/database.ts'],
    // Files share a worker (see support/database.ts): Payload and its packages load once per worker.
    isolate: false,
    provide: { databaseKind: 'sqlite' },
    // Files run two at a time (FILE_WORKERS): each has a database and media folder of its own.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
