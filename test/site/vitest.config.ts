import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

// One site build from a small generated snapshot plus hand-made fixtures serves every test file
// (read only, so files run two at a time); the 10,000-item build is its own file and builds separately.
export default defineProject({
  test: {
    name: 'site',
    maxWorkers: FILE_WORKERS,
    include: ['**/*.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
