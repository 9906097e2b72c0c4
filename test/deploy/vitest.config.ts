import { defineProject } from 'vitest/config';

// The production perimeter: the built admin under `next start` (headers, CSP in Chromium) and
// Debian's nginx on deploy/nginx. The admin build is made once, only when its sources changed.
export default defineProject({
  test: {
    name: 'deploy',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    globalSetup: ['./support/cms-build.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
