// @ts-check
/**
 * `npm run mutate`: mutation testing (Stryker) of the checks, the formatters, the
 * parsers and the exit code. Not part of `npm test` or CI: it runs the suite once
 * per mutant and takes long. The incremental file (reports/, not committed) lets a
 * second run retest only the mutants whose code or tests changed; delete it for a
 * full run. One part at a time: `npm run mutate -- --mutate 'src/parse/**'`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // The suite without what cannot see a mutant (see vitest.mutate.config.ts).
  // related: false, because vitest's related-file search found only a few of the tests that reach the mutated code.
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // A static mutant (in a module-level constant) needs the whole suite run again for itself: too slow for its worth.
  ignoreStatic: true,
  // The machines have two cores; one sandbox leaves the other for everything else.
  concurrency: 1,
  mutate: ['src/checks/**/*.ts', 'src/formatters/**/*.ts', 'src/parse/**/*.ts', 'src/exit-code.ts'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  // Added to the tests' own time: a mutant that loops for ever (a loop bound flipped) is given up on soon.
  timeoutMS: 5_000,
  tempDirName: '.stryker-tmp',
};
