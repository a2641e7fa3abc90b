import { defineConfig } from 'vitest/config';

// End-to-end tests: real Debian Chromium with the built dist/chrome. One file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
  },
});
