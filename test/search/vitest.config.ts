import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

export default defineProject({
  test: {
    name: 'search',
    maxWorkers: FILE_WORKERS,
    include: ['**/*.test.ts'],
    // Generating, indexing and a browser run take about half a minute on a loaded 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
