import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../vitest.workers.ts';

export default defineProject({
  test: {
    name: 'repo',
    maxWorkers: FILE_WORKERS,
    include: ['support/**/*.test.ts', 'typecheck/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
