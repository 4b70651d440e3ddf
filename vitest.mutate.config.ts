import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The tests `npm run mutate` (Stryker) runs against each mutant: those that call the
 * code in this process. Left out: tests that only spawn the bin (it runs dist/, built
 * before mutation, so no mutant reaches it), relative-time tests (they would time the
 * instrumented code), the build and pre-commit tests (they pack and install), and the
 * meta-test (it reads the source text, which Stryker has rewritten). The in-process
 * golden cases of test/cli/cli.test.ts, the docs examples and the ruleset tests are
 * left out for time: they reach every line, so each surviving mutant would run them
 * all, and the formats' golden cases and the per-check tables pin the same output.
 * Property tests run fewer cases (FC_RUNS): a mutant they catch is caught early.
 */
// Spread, not mergeConfig: that would add this list to the base's test/**, not replace it.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/checks/**/*.test.ts',
      'test/formatters/**/*.test.ts',
      'test/parse/**/*.test.ts',
      'test/cli/formats.test.ts',
      'test/api/arguments.test.ts',
      'test/boundaries.test.ts',
      'test/check-edges.test.ts',
      'test/export-count.test.ts',
      'test/fixtures.test.ts',
      'test/i18n.test.ts',
      'test/property.test.ts',
      'test/property-counterexamples.test.ts',
    ],
    env: { FC_RUNS: '10' },
    maxWorkers: 1,
  },
});
