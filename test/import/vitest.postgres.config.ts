import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

// The same import suite on a throwaway PostgreSQL cluster (a fresh database per test file).
export default defineProject({
  test: {
    name: 'import-postgres',
    maxWorkers: FILE_WORKERS,
    root: import.meta.dirname,
    include: ['*.test.ts'],
    // The archive limits refuse a file before any database work, and the read cache's doors (REST
    // body and query, GraphQL, a Local API context) are closed in code no adapter takes part in:
    // once, on SQLite, is enough for both (and keeps CI under its 30 minutes).
    exclude: ['zip-bomb.test.ts', 'read-cache-door.test.ts'],
    globalSetup: ['../cms/support/postgres-global.ts'],
    setupFiles: ['../cms/support/database.ts'],
    // Files share a worker (see support/database.ts): Payload and its packages load once per worker.
    isolate: false,
    provide: { databaseKind: 'postgres' },
    // Files run two at a time (FILE_WORKERS): each has a database and media folder of its own.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
