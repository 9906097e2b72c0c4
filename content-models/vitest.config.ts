import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../vitest.workers.ts';

export default defineProject({
  test: {
    name: 'content-models',
    maxWorkers: FILE_WORKERS,
    include: ['src/**/*.test.ts'],
  },
});
