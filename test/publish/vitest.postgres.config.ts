import { configDefaults, defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

// The publishing suite again on a throwaway PostgreSQL cluster: jobs, coalescing and records must hold there too.
export default defineProject({
  test: {
    name: 'publish-postgres',
    maxWorkers: FILE_WORKERS,
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    // Object storage: releases touch no database, and media storage is the same adapter call on
    // every database; once (on SQLite) is enough for CI's time budget.
    // The incremental renderer reads only the snapshot, so its equivalence suite runs once (SQLite);
    // on PostgreSQL the pipeline suite still publishes an approval incrementally.
    // The site without JavaScript builds and drives a browser; its endpoints' database work is in
    // cms-postgres (excluded, not skipped: a skipped file's set-up made a media folder nothing removed).
    exclude: [...configDefaults.exclude, 'object-storage.test.ts', 'media-storage.test.ts', 'incremental.test.ts', 'no-javascript.test.ts'],
    globalSetup: ['../cms/support/postgres-global.ts'],
    setupFiles: ['../cms/support/database.ts'],
    // Files share a worker (see support/database.ts): Payload and its packages load once per worker.
    isolate: false,
    provide: { databaseKind: 'postgres' },
    env: { PUBLISH_RETRY_DELAY_MS: '1000', PUBLISH_RETRIES: '3' },
    // Files run two at a time (FILE_WORKERS): each builds into temp folders of its own.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
