import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn the built bin; two cores are all these machines have.
    testTimeout: 20_000,
  },
});
