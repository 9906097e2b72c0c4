import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'repo',
    include: ['support/**/*.test.ts', 'typecheck/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
