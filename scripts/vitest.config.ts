import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../vitest.workers.ts';

export default defineProject({
  test: {
    name: 'scripts',
    maxWorkers: FILE_WORKERS,
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
  },
});
