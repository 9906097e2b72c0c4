import { defineProject } from 'vitest/config';

// The production perimeter: the built admin under `next start` (headers, CSP in Chromium) and
// Debian's nginx on deploy/nginx. The admin build is made once, only when its sources changed, in
// the background while the other suites run (support/admin-build.ts).
export default defineProject({
  test: {
    // fileParallelism: false puts this project in Vitest's last group, after every parallel file,
    // which gives the background admin build the whole run to finish before these files need it.
    name: 'serving',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    globalSetup: ['./support/cms-build.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    // beforeAll waits for the admin build when it is still running (up to ~10 min on a loaded machine).
    hookTimeout: 1_500_000,
  },
});
