import { defineProject } from 'vitest/config';

// The workflow panel in the real admin (next dev + Debian Chromium): slow, so one file, run on its own.
export default defineProject({
  test: {
    name: 'workflow-browser',
    root: import.meta.dirname,
    include: ['browser/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
