import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'spreadsheet',
    include: ['**/*.test.ts'],
    // Whole-workbook tests write and read 5,000-item xlsx files on a shared machine.
    testTimeout: 180_000,
  },
});
