import { defineConfig } from 'vitest/config';

// Unit and contract tests. Browser tests live in test/e2e and run under Playwright.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/contract/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
