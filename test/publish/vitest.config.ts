import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

// The publishing pipeline against a real CMS on SQLite (support from test/cms), real Astro and Pagefind.
export default defineProject({
  test: {
    name: 'publish',
    maxWorkers: FILE_WORKERS,
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    // Several processes on one database: PostgreSQL only (publish-postgres).
    exclude: ['topology.test.ts'],
    setupFiles: ['../cms/support/database.ts'],
    // Files share a worker (see support/database.ts): Payload and its packages load once per worker.
    isolate: false,
    provide: { databaseKind: 'sqlite' },
    // Read when the CMS config loads: retries after 100 ms instead of 30 s.
    env: { PUBLISH_RETRY_DELAY_MS: '1000', PUBLISH_RETRIES: '3' },
    // Files run two at a time (FILE_WORKERS): each builds into temp folders of its own.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
