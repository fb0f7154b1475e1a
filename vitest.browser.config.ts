import { defineConfig } from 'vitest/config';

// Browser journeys: each file starts a real server and Chromium, so files run one after the other.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
