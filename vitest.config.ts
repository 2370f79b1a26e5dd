import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Contract suites (`x.case.test.ts`) export a function that each back-end's test file runs.
    exclude: ['**/node_modules/**', 'src/**/*.case.test.ts'],
    testTimeout: 30_000,
  },
});
