import { defineConfig } from 'vitest/config';
import { FILE_WORKERS } from './vitest.workers.ts';

// One Vitest run covers the whole repo; each package is a project so a failure names its package.
// Two workers (FILE_WORKERS, stated in each project: Vitest 5 does not pass this root value down):
// the database, site and publishing suites (a database or build folder per file) run two files at
// a time, which keeps a two-core machine busy while one file waits on PostgreSQL or a child
// process. The suites that share the admin build and its server (serving, admin-browser) keep
// fileParallelism: false: Vitest runs them one file at a time after all the others.
export default defineConfig({
  test: {
    maxWorkers: FILE_WORKERS,
    projects: ['content-models', 'scripts', 'test/vitest.config.ts', 'test/site', 'test/search', 'test/spreadsheet', 'test/cms/vitest.sqlite.config.ts', 'test/cms/vitest.postgres.config.ts', 'test/publish', 'test/publish/vitest.postgres.config.ts', 'test/workflow/vitest.sqlite.config.ts', 'test/workflow/vitest.postgres.config.ts', 'test/workflow/vitest.browser.config.ts', 'test/import/vitest.sqlite.config.ts', 'test/import/vitest.postgres.config.ts', 'test/organization/vitest.sqlite.config.ts', 'test/deploy'],
  },
});
