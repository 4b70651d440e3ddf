import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn the built bin; two cores are all these machines have.
    testTimeout: 20_000,
    // Much of the suite waits on spawned processes, so three workers keep two cores busy
    // (the default, one fewer than the cores, leaves one idle).
    maxWorkers: 3,
  },
});
