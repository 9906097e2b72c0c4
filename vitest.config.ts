import { defineConfig } from 'vitest/config';

// One Vitest run covers the whole repo; each package is a project so a failure names its package.
export default defineConfig({
  test: {
    projects: ['content-models', 'scripts', 'test/vitest.config.ts', 'test/site', 'test/search', 'test/spreadsheet', 'test/cms/vitest.sqlite.config.ts', 'test/cms/vitest.postgres.config.ts', 'test/publish', 'test/publish/vitest.postgres.config.ts', 'test/workflow/vitest.sqlite.config.ts', 'test/workflow/vitest.postgres.config.ts', 'test/workflow/vitest.browser.config.ts', 'test/import/vitest.sqlite.config.ts', 'test/import/vitest.postgres.config.ts', 'test/organization/vitest.sqlite.config.ts', 'test/deploy'],
  },
});
