import { defineProject } from 'vitest/config';

// The workflow panel in the real admin (the production build under `next start`, Debian Chromium):
// slow, so one file, run on its own. The admin build is the deploy suite's, made once per source state.
export default defineProject({
  test: {
    name: 'workflow-browser',
    root: import.meta.dirname,
    include: ['browser/*.test.ts'],
    globalSetup: ['../deploy/support/cms-build.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 1_500_000,
  },
});
