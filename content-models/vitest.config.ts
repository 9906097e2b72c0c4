import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'content-models',
    include: ['src/**/*.test.ts'],
  },
});
