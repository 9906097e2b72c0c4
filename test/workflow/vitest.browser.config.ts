import { defineProject } from 'vitest/config';

// The workflow panel in the real admin (the production build under `next start`, Debian Chromium):
// slow, so one file, run on its own. The admin build is the serving suite's, made once per source
// state in the background (../deploy/support/admin-build.ts).
export default defineProject({
  test: {
    // fileParallelism: false puts this project in Vitest's last group, after every parallel file:
    // by then the background admin build (started by the global set-up) has long finished.
    name: 'admin-browser',
    root: import.meta.dirname,
    include: ['browser/*.test.ts'],
    globalSetup: ['../deploy/support/cms-build.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 1_500_000,
  },
});
