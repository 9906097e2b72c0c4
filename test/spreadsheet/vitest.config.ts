import { defineProject } from 'vitest/config';
import { FILE_WORKERS } from '../../vitest.workers.ts';

export default defineProject({
  test: {
    name: 'spreadsheet',
    maxWorkers: FILE_WORKERS,
    include: ['**/*.test.ts'],
    // Whole-workbook tests write and read 5,000-item xlsx files on a shared machine.
    testTimeout: 180_000,
  },
});
