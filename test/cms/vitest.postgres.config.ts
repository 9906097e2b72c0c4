import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

// The same CMS integration suite on a throwaway PostgreSQL cluster (a fresh database per test file).
export default defineProject({
  test: {
    name: 'cms-postgres',
    maxWorkers: FILE_WORKERS,
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    // Run once, on SQLite: the entry points' production checks start child processes on SQLite files
    // of their own, and the door matrix exercises access hooks that no adapter takes part in (it is
    // the longest file). Everything that depends on the database — transactions, migrations,
    // writes, queries — runs here too. Keeps CI under its 30 minutes.
    exclude: ['production.test.ts', 'public-door.test.ts'],
    globalSetup: ['./support/postgres-global.ts'],
    setupFiles: ['./support/database.ts'],
    // Files share a worker (see support/database.ts): Payload and its packages load once per worker.
    isolate: false,
    provide: { databaseKind: 'postgres' },
    // Files run two at a time (FILE_WORKERS): each has a database and media folder of its own.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
