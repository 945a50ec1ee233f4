import { defineConfig } from 'vitest/config';

// `npm run test:live` only (scripts/test-live.ts): the checks against a real SharePoint site.
export default defineConfig({
  test: {
    include: ['test/live/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One site, one scratch list at a time.
    fileParallelism: false,
  },
});
